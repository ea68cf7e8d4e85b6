package dev.briefing.cli;

import dev.briefing.briefing.TimeframeUnit;
import dev.briefing.job.RunOptions;
import dev.briefing.profile.ThreadProfileLoader;
import dev.briefing.render.OutputFormat;
import dev.briefing.render.PaperSize;
import dev.briefing.render.TemplateFolder;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The options a run now and a scheduled run share, checked before anything runs. */
public class RunOptionsMixin {

    @Option(names = "--input", defaultValue = "seeds", description = "Folder of articles, read recursively (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--output", defaultValue = "output", description = "Folder the briefing is written into (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--timeframe", defaultValue = "month",
            description = "Timeframes inside a thread: day, week, month or auto (rounds split where coverage pauses); default: ${DEFAULT-VALUE}.")
    String timeframe;

    @Option(names = "--profile", description = "Thread profile (YAML); default: threads.yaml in the input folder, if present.")
    Path profile;

    @Option(names = "--templates", defaultValue = "report-templates", description = "Template folder (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--paper", defaultValue = "a4", description = "PDF paper size: a4 or letter (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--formats", defaultValue = "pdf,html",
            description = "Files to write: pdf, html or both, comma-separated (default: ${DEFAULT-VALUE}). The PDF carries the HTML inside it.")
    String formats;

    @Option(names = "--recipients", split = ",", paramLabel = "EMAIL",
            description = "Email the briefing to these addresses (comma-separated); adds to briefing.delivery.email.recipients.")
    List<String> recipients = List.of();

    @Option(names = "--reread", description = "Read every input file again, not only those new or changed since the last run.")
    boolean reread;

    RunOptions toOptions(CommandSpec spec) {
        Path inputFolder = input.toAbsolutePath().normalize();
        if (!Files.isDirectory(inputFolder)) {
            throw new ParameterException(spec.commandLine(), "--input " + input + " is not a folder");
        }
        try {
            TimeframeUnit unit = TimeframeUnit.parse(timeframe);
            PaperSize paperSize = PaperSize.parse(paper);
            new TemplateFolder(templates).validate();
            Optional<Path> profileFile = Optional.ofNullable(profile).map(p -> p.toAbsolutePath().normalize());
            new ThreadProfileLoader().load(ThreadProfileLoader.resolve(profileFile, inputFolder));
            return new RunOptions(inputFolder, output.toAbsolutePath().normalize(), unit, profileFile,
                    templates.toAbsolutePath().normalize(), paperSize, OutputFormat.parseList(formats), checkedRecipients(), reread);
        } catch (IllegalArgumentException | TemplateFolder.InvalidTemplateFolderException | ThreadProfileLoader.InvalidProfileException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private List<String> checkedRecipients() {
        List<String> checked = recipients.stream().map(String::strip).filter(r -> !r.isEmpty()).distinct().toList();
        for (String address : checked) {
            try {
                new InternetAddress(address, true).validate();
            } catch (AddressException e) {
                throw new IllegalArgumentException("--recipients: '" + address + "' is not an email address (" + e.getMessage() + ")", e);
            }
        }
        return checked;
    }
}
