package dev.briefing.deliver;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.briefing.briefing.TimeframeUnit;
import dev.briefing.ingest.InputDigest;
import dev.briefing.ingest.ScratchDatabase;
import dev.briefing.job.RunParameters;
import dev.briefing.render.PaperSize;
import dev.briefing.render.TemplateFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-over from the render step: the job renders the seeds' briefing, and what it left in
 * the job's execution context is delivered by email and to a shared folder as the deliver step
 * will (the job's wiring of that step is not part of this package).
 */
@SpringBootTest(properties = {"briefing.cli.enabled=false", "spring.mail.host=localhost",
        "spring.mail.properties[mail.smtp.starttls.required]=false"})
@SpringBatchTest
class DeliveryEndToEndTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    static Path work;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        work = ScratchDatabase.register(registry, "deliver-e2e");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    DeliveryLog log;

    @Test
    void theRenderedSeedsBriefingIsEmailedAndSharedAsTheRenderStepLeftIt() throws Exception {
        Path seeds = Path.of("seeds").toAbsolutePath();
        RunParameters parameters = new RunParameters(seeds, work.resolve("output"), null, null, TimeframeUnit.MONTH, Optional.empty(),
                Path.of("report-templates").toAbsolutePath(), PaperSize.A4, LocalDate.of(2026, 11, 23), InputDigest.of(seeds),
                ZonedDateTime.parse("2026-11-23T06:00:00Z"));
        JobExecution execution = jobs.startJob(parameters.toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        BriefingMessage briefing = BriefingMessage.from(execution.getExecutionContext());

        assertThat(briefing.title()).isEqualTo("Gaza war: ceasefire and hostage-exchange diplomacy");
        assertThat(briefing.collection()).isEqualTo("seeds");
        assertThat(briefing.stableName()).isEqualTo("seeds-2026-11-23");
        assertThat(briefing.articleCount()).isEqualTo(5);
        assertThat(briefing.threadLabels()).hasSize(3).contains("Turkey's channel to Hamas");
        assertThat(briefing.keyDevelopments()).isNotEmpty().allSatisfy(development -> {
            assertThat(development.date()).isNotBlank();
            assertThat(development.headline()).isNotBlank();
            assertThat(briefing.threadLabels()).contains(development.thread());
        });
        assertThat(briefing.pdfFile()).isEqualTo(work.resolve("output/seeds-2026-11-23/briefing.pdf"));

        long run = execution.getJobInstance().getInstanceId();
        Path shared = work.resolve("shared");
        DeliveryProperties settings = new DeliveryProperties(new DeliveryProperties.Email(List.of("analyst@example.org"), "briefing@example.org",
                false, new DeliveryProperties.Retry(2, Duration.ofMillis(1), 1, Duration.ofMillis(1))), shared.toString());
        StepContribution contribution = TaskletSteps.execute(
                new DeliverBriefingTasklet(run, briefing, settings, new TemplateFolder(Path.of("report-templates")), Optional.of(mailSender), log));

        List<ReceivedMail> received = Arrays.stream(SMTP.getReceivedMessages()).map(ReceivedMail::of).toList();
        assertThat(received).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("Gaza war: ceasefire and hostage-exchange diplomacy \u2014 ");
            BriefingMessage.KeyDevelopment first = briefing.keyDevelopments().get(0);
            assertThat(mail.text().lines()).containsSubsequence("Key developments",
                    "- " + first.date() + ": " + first.headline() + " (" + first.thread() + ")");
            assertThat(mail.attachments().get("seeds-2026-11-23.pdf")).isEqualTo(Files.readAllBytes(briefing.pdfFile()));
        });
        assertThat(Files.readAllBytes(shared.resolve("latest.pdf"))).isEqualTo(Files.readAllBytes(briefing.pdfFile()));
        assertThat(contribution.getExitStatus().getExitDescription())
                .isEqualTo("copied seeds-2026-11-23.pdf and .html to " + shared + ", latest points to it (symbolic links); emailed 1 of 1 recipients");
    }
}
