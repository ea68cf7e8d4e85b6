package dev.briefing.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: {@code briefing <command>}. */
@Command(name = "briefing",
        mixinStandardHelpOptions = true,
        version = "negotiation-briefing 0.1.0",
        description = "Turns a folder of news articles into a chronological negotiation briefing (PDF and HTML).",
        subcommands = {RunCommand.class, ScheduleCommand.class, RunsCommand.class, ShowCommand.class, RestartCommand.class,
                ValidateCommand.class, EvaluateCommand.class, ExportThreadsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done",
                "1:the run failed",
                "2:bad usage (wrong option or argument)",
                "3:done, but some inputs were skipped (listed in the briefing)",
                "4:another run on the same input folder is going on; nothing was started"})
public class BriefingCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
