package dev.briefing.deliver;

import dev.briefing.deliver.DeliveryRecord.Channel;
import dev.briefing.deliver.DeliveryRecord.Status;
import dev.briefing.ingest.ScratchDatabase;
import dev.briefing.render.TemplateFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared folder, and what the deliver step does with channels that are not (fully) configured. */
@SpringBootTest(properties = "briefing.cli.enabled=false")
class SharedFolderDeliveryTest {

    static final AtomicLong RUNS = new AtomicLong(2000);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ScratchDatabase.register(registry, "shared");
    }

    @Autowired
    DeliveryLog log;

    @TempDir
    Path output;
    @TempDir
    Path shared;

    @Test
    void copiesTheBriefingUnderItsStableNameAndPointsLatestAtIt() throws Exception {
        long run = RUNS.incrementAndGet();
        BriefingMessage briefing = Briefings.produced(output, "seeds-2026-11-22");

        DeliveryOutcome outcome = new SharedFolderDelivery(shared, log).deliver(run, briefing);

        assertThat(Files.readAllBytes(shared.resolve("seeds-2026-11-22.pdf"))).isEqualTo(Files.readAllBytes(briefing.pdfFile().orElseThrow()));
        assertThat(Files.readAllBytes(shared.resolve("seeds-2026-11-22.html"))).isEqualTo(Files.readAllBytes(briefing.htmlFile().orElseThrow()));
        assertThat(Files.readSymbolicLink(shared.resolve("latest.pdf"))).as("relative, so the folder can move").isEqualTo(Path.of("seeds-2026-11-22.pdf"));
        assertThat(Files.readSymbolicLink(shared.resolve("latest.html"))).isEqualTo(Path.of("seeds-2026-11-22.html"));
        assertThat(names(shared)).containsExactlyInAnyOrder("seeds-2026-11-22.pdf", "seeds-2026-11-22.html", "latest.pdf", "latest.html");
        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.summary()).isEqualTo("copied seeds-2026-11-22.pdf and .html to " + shared + ", latest points to it (symbolic links)");
        assertThat(log.find(run, Channel.SHARED_FOLDER, shared.toString()).orElseThrow())
                .extracting(DeliveryRecord::status, DeliveryRecord::attempts).containsExactly(Status.SENT, 1);
    }

    @Test
    void aLaterRunTakesOverLatestAndTheEarlierCopyStays() throws Exception {
        long earlier = RUNS.incrementAndGet();
        long later = RUNS.incrementAndGet();
        SharedFolderDelivery folder = new SharedFolderDelivery(shared, log);
        BriefingMessage first = Briefings.produced(output, "seeds-2026-11-22");
        BriefingMessage second = Briefings.produced(output, "seeds-2026-11-23");
        folder.deliver(earlier, first);

        folder.deliver(later, second);

        assertThat(Files.readSymbolicLink(shared.resolve("latest.pdf"))).isEqualTo(Path.of("seeds-2026-11-23.pdf"));
        assertThat(Files.readAllBytes(shared.resolve("latest.pdf"))).isEqualTo(Files.readAllBytes(second.pdfFile().orElseThrow()));
        assertThat(Files.readAllBytes(shared.resolve("seeds-2026-11-22.pdf"))).isEqualTo(Files.readAllBytes(first.pdfFile().orElseThrow()));
    }

    @Test
    void anEarlierRunRestartedAfterALaterOneLeavesLatestAtTheLaterOne() throws Exception {
        long earlier = RUNS.incrementAndGet();
        long later = RUNS.incrementAndGet();
        SharedFolderDelivery folder = new SharedFolderDelivery(shared, log);
        folder.deliver(later, Briefings.produced(output, "seeds-2026-11-23"));

        DeliveryOutcome outcome = folder.deliver(earlier, Briefings.produced(output, "seeds-2026-11-22"));

        assertThat(Files.exists(shared.resolve("seeds-2026-11-22.pdf"))).isTrue();
        assertThat(Files.readSymbolicLink(shared.resolve("latest.pdf"))).isEqualTo(Path.of("seeds-2026-11-23.pdf"));
        assertThat(outcome.summary()).endsWith("latest left at a later run's briefing");
    }

    @Test
    void aRunThatDeliveredToTheFolderDoesNotCopyAgain() throws Exception {
        long run = RUNS.incrementAndGet();
        BriefingMessage briefing = Briefings.produced(output, "seeds-2026-11-23");
        SharedFolderDelivery folder = new SharedFolderDelivery(shared, log);
        folder.deliver(run, briefing);
        Files.writeString(shared.resolve("seeds-2026-11-23.pdf"), "replaced by a reader of the folder");

        DeliveryOutcome again = folder.deliver(run, briefing);

        assertThat(Files.readString(shared.resolve("seeds-2026-11-23.pdf"))).isEqualTo("replaced by a reader of the folder");
        assertThat(again.summary()).isEqualTo("copied to " + shared + " by an earlier attempt");
        assertThat(log.find(run, Channel.SHARED_FOLDER, shared.toString()).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void aFolderThatCannotBeWrittenFailsTheStepNamingItAndTheBriefingStays() throws Exception {
        long run = RUNS.incrementAndGet();
        Path notAFolder = Files.writeString(shared.resolve("occupied"), "a file where the folder should be");
        BriefingMessage briefing = Briefings.produced(output, "seeds-2026-11-23");
        byte[] pdf = Files.readAllBytes(briefing.pdfFile().orElseThrow());

        assertThatThrownBy(() -> deliver(run, briefing, settings(List.of(), notAFolder.toString()), Optional.empty()))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageStartingWith("delivery failed: not copied to " + notAFolder + ": cannot write " + notAFolder);

        DeliveryRecord record = log.find(run, Channel.SHARED_FOLDER, notAFolder.toString()).orElseThrow();
        assertThat(record.status()).isEqualTo(Status.FAILED);
        assertThat(record.lastError()).contains("cannot write");
        assertThat(Files.readAllBytes(briefing.pdfFile().orElseThrow())).isEqualTo(pdf);
    }

    @Test
    void recipientsWithoutAnSmtpServerFailTheStepOnceTheFolderIsServed() {
        long run = RUNS.incrementAndGet();

        assertThatThrownBy(() -> deliver(run, Briefings.produced(output, "seeds-2026-11-23"),
                settings(List.of("analyst@example.org"), shared.toString()), Optional.empty()))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("not emailed: there are recipients but no SMTP server (spring.mail.host)");

        assertThat(Files.exists(shared.resolve("seeds-2026-11-23.pdf"))).isTrue();
    }

    @Test
    void withNothingConfiguredTheStepCompletesSayingSo() throws Exception {
        StepContribution step = deliver(RUNS.incrementAndGet(), Briefings.produced(output, "seeds-2026-11-23"),
                settings(List.of(), ""), Optional.empty());

        assertThat(step.getExitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
        assertThat(step.getExitStatus().getExitDescription()).isEqualTo("nothing to deliver: no email recipients and no shared folder are configured");
        assertThat(names(output)).containsExactly("seeds-2026-11-23");
    }

    @Test
    void aBriefingWhoseFilesAreGoneIsNotDelivered() throws Exception {
        BriefingMessage briefing = Briefings.produced(output, "seeds-2026-11-23");
        Files.delete(briefing.pdfFile().orElseThrow());

        assertThatThrownBy(() -> deliver(RUNS.incrementAndGet(), briefing, settings(List.of(), shared.toString()), Optional.empty()))
                .hasMessage("the briefing to deliver is missing: " + briefing.pdfFile().orElseThrow());
        assertThat(names(shared)).isEmpty();
    }

    private static DeliveryProperties settings(List<String> recipients, String sharedFolder) {
        return new DeliveryProperties(new DeliveryProperties.Email(recipients, "briefing@example.org", false,
                new DeliveryProperties.Retry(1, Duration.ofMillis(1), 1, Duration.ofMillis(1))), sharedFolder);
    }

    private StepContribution deliver(long run, BriefingMessage briefing, DeliveryProperties settings,
            Optional<JavaMailSender> sender) {
        return TaskletSteps.execute(new DeliverBriefingTasklet(run, briefing, List.of(), settings, new TemplateFolder(Path.of("report-templates")), sender, log));
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
