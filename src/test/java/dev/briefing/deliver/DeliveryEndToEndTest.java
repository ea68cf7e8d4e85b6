package dev.briefing.deliver;

import dev.briefing.TestFolders;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.briefing.ingest.InputDigest;
import dev.briefing.ingest.ScratchDatabase;
import dev.briefing.job.RunOptions;
import dev.briefing.job.RunParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deliver step in the real job, against GreenMail as the SMTP server: the seeds' briefing is
 * emailed with its attachments and copied to the shared folder; when delivery fails for one
 * recipient, the run fails with its briefing intact, and the restart sends only the missing message.
 */
@SpringBootTest(properties = {"briefing.cli.enabled=false", "spring.mail.host=localhost",
        "spring.mail.properties[mail.smtp.starttls.required]=false", "briefing.delivery.email.from=briefing@example.org",
        "briefing.delivery.email.retry.max-attempts=2", "briefing.delivery.email.retry.initial-delay=1ms",
        "briefing.delivery.email.retry.max-delay=1ms"})
@SpringBatchTest
class DeliveryEndToEndTest {

    private static final String UNREACHABLE = "bob@example.org";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    static Path work;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        work = ScratchDatabase.register(registry, "deliver-e2e");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("briefing.delivery.shared-folder", () -> work.resolve("shared").toString());
    }

    /** The application's sender, except that the first two messages to {@value #UNREACHABLE} are refused (421) as a busy server does. */
    @TestConfiguration
    static class BusyServerForBob {

        @Bean
        JavaMailSenderImpl mailSender(@Value("${spring.mail.host}") String host, @Value("${spring.mail.port}") int port) {
            JavaMailSenderImpl server = new JavaMailSenderImpl();
            server.setHost(host);
            server.setPort(port);
            return new TestSenders.Flaky(server, UNREACHABLE, 2, "421 4.3.2 Service not available, closing channel");
        }
    }

    @Autowired
    JobOperatorTestUtils jobs;

    private static RunParameters run(String name, List<String> recipients) {
        Path input = TestFolders.copyOfSeeds(work.resolve(name));
        RunOptions defaults = RunOptions.defaults(input, work.resolve("output"), Path.of("report-templates").toAbsolutePath());
        RunOptions options = new RunOptions(defaults.input(), defaults.output(), defaults.timeframe(), defaults.profile(), defaults.templates(),
                defaults.paper(), defaults.formats(), recipients, false);
        return new RunParameters(options, null, null, LocalDate.of(2026, 11, 23), Optional.empty(), InputDigest.of(input),
                ZonedDateTime.parse("2026-11-23T06:00:00Z"));
    }


    private static List<ReceivedMail> receivedBy(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).map(ReceivedMail::of).filter(mail -> mail.to().contains(address)).toList();
    }

    /** A step's status and exit description. (No helper here may return a StepExecution: Spring Batch's test listener would take it for a step-scope factory.) */
    private static String outcomeOf(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name))
                .map(s -> s.getStatus() + ": " + s.getExitStatus().getExitDescription()).findFirst().orElseThrow();
    }

    @Test
    void theJobEmailsTheBriefingWithItsAttachmentsAndSharesIt() throws Exception {
        JobExecution execution = jobs.startJob(run("seeds", List.of("analyst@example.org")).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path pdf = work.resolve("output/seeds-2026-11-23/briefing.pdf");
        assertThat(receivedBy("analyst@example.org")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("Gaza war: ceasefire and hostage-exchange diplomacy \u2014 25 October 2023");
            assertThat(mail.text()).contains("Key developments").contains("Turkish Intelligence Chief Meets Hamas Leaders");
            assertThat(mail.html()).contains("Key developments");
            assertThat(mail.attachments()).containsOnlyKeys("seeds-2026-11-23.pdf");
            assertThat(mail.attachments().get("seeds-2026-11-23.pdf")).isEqualTo(Files.readAllBytes(pdf));
        });
        assertThat(Files.readAllBytes(work.resolve("shared/latest.pdf"))).isEqualTo(Files.readAllBytes(pdf));
        assertThat(outcomeOf(execution, "deliver")).startsWith("COMPLETED: ").contains("emailed 1 of 1 recipients");
    }

    @Test
    void aRestartAfterAFailedDeliverySendsOnlyTheMissingMessage() throws Exception {
        RunParameters parameters = run("restart", List.of("carol@example.org", UNREACHABLE));

        JobExecution failed = jobs.startJob(parameters.toJobParameters());

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(outcomeOf(failed, "render")).startsWith("COMPLETED");
        assertThat(outcomeOf(failed, "deliver")).startsWith("FAILED");
        assertThat(failed.getAllFailureExceptions()).singleElement().satisfies(error -> assertThat(error)
                .hasMessageContaining("emailed 1 of 2 recipients; 1 failed: " + UNREACHABLE).hasMessageContaining("421"));
        assertThat(receivedBy("carol@example.org")).hasSize(1);
        assertThat(receivedBy(UNREACHABLE)).isEmpty();
        assertThat(work.resolve("output/restart-2026-11-23/briefing.pdf")).as("the briefing is not lost").isRegularFile();

        JobExecution restarted = jobs.startJob(parameters.toJobParameters());

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName).as("only delivery runs again").containsExactly("deliver");
        assertThat(receivedBy("carol@example.org")).as("not sent twice").hasSize(1);
        assertThat(receivedBy(UNREACHABLE)).hasSize(1);
    }
}
