package dev.briefing.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line as a user meets it, in a test: runs one command and keeps what it printed. */
final class Console {

    private final BriefingCommandLine briefing;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    Console(BriefingCommandLine briefing) {
        this.briefing = briefing;
    }

    /** Runs a command and returns its exit code; {@link #out()} and {@link #err()} then hold what it printed. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = briefing.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
