package dev.briefing.cli;

import dev.briefing.analyze.ArticleAnalyzer;
import dev.briefing.article.Article;
import dev.briefing.briefing.DateTexts;
import dev.briefing.ingest.ArticleFormat;
import dev.briefing.ingest.Catalogue;
import dev.briefing.ingest.InputFile;
import dev.briefing.ingest.InputReader;
import dev.briefing.ingest.InputScanner;
import dev.briefing.ingest.ReadResult;
import dev.briefing.ingest.SkippedInputException;
import dev.briefing.job.BriefingProperties;
import dev.briefing.profile.ThreadProfile;
import dev.briefing.profile.ThreadProfileLoader;
import dev.briefing.render.TemplateFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code briefing validate}: reads and understands every input as a run would, and says what
 * each file gives (articles, their language and date) or why it would be skipped or repaired,
 * without storing anything or writing a briefing.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an input folder (and its thread profile and a template folder) without producing a briefing: each file's"
                + " articles, or why it would be skipped or repaired. Stores and writes nothing.")
public class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", defaultValue = "seeds", description = "Folder of articles to check (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--profile", description = "Thread profile (YAML); default: threads.yaml in the input folder, if present.")
    Path profile;

    @Option(names = "--templates", defaultValue = "report-templates", description = "Template folder to check (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--quiet", description = "Print only the files with a problem and the totals.")
    boolean quiet;

    private final InputScanner scanner;
    private final List<ArticleFormat> formats;
    private final ArticleAnalyzer analyzer;
    private final BriefingProperties properties;

    public ValidateCommand(InputScanner scanner, List<ArticleFormat> formats, ArticleAnalyzer analyzer, BriefingProperties properties) {
        this.scanner = scanner;
        this.formats = formats;
        this.analyzer = analyzer;
        this.properties = properties;
    }

    @Override
    public Integer call() {
        Path folder = input.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "--input " + input + " is not a folder");
        }
        ThreadProfile threadProfile;
        try {
            new TemplateFolder(templates).validate();
            threadProfile = new ThreadProfileLoader().load(ThreadProfileLoader.resolve(
                    Optional.ofNullable(profile).map(p -> p.toAbsolutePath().normalize()), folder));
        } catch (TemplateFolder.InvalidTemplateFolderException | ThreadProfileLoader.InvalidProfileException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        InputReader reader = new InputReader(formats, properties.ingest().maxFileSize().toBytes());
        Catalogue catalogue = Catalogue.load(folder);
        LocalDate today = LocalDate.now(properties.zoneId());
        int files = 0;
        int articles = 0;
        int skipped = 0;
        int repaired = 0;
        for (InputFile file : scanner.scan(folder)) {
            files++;
            for (ReadResult result : reader.read(file, folder.toString(), catalogue)) {
                String source = result.source().display();
                if (result instanceof ReadResult.Rejected rejected) {
                    skipped++;
                    out.printf("skip    %s: %s%n", source, rejected.reason());
                    continue;
                }
                try {
                    Article article = analyzer.analyze(((ReadResult.Read) result).document(), threadProfile.anchors(), today);
                    articles++;
                    if (!article.notes().isEmpty()) {
                        repaired++;
                        article.notes().forEach(note -> out.printf("repair  %s: %s%n", source, note));
                    } else if (!quiet) {
                        out.printf("ok      %s: %s, %s, %s%n", source, article.title() == null ? "untitled" : "\u201C" + article.title() + "\u201D",
                                article.language(), DateTexts.of(article.date()).text());
                    }
                } catch (SkippedInputException e) {
                    skipped++;
                    out.printf("skip    %s: %s%n", source, e.reason());
                }
            }
        }
        out.printf("%d input files: %d articles, %d inputs would be skipped, %d articles repaired.%n", files, articles, skipped, repaired);
        out.printf("Thread profile: %s. Templates: %s.%n",
                threadProfile.threads().isEmpty() ? "none (threads will be found by clustering)" : threadProfile.threads().size() + " declared threads",
                new TemplateFolder(templates).root());
        out.flush();
        return skipped > 0 ? ExitCodes.COMPLETED_WITH_SKIPS : ExitCodes.DONE;
    }
}
