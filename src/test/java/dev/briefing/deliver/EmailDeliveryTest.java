package dev.briefing.deliver;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.briefing.deliver.DeliveryRecord.Channel;
import dev.briefing.deliver.DeliveryRecord.Status;
import dev.briefing.ingest.ScratchDatabase;
import dev.briefing.render.TemplateFolder;
import jakarta.mail.internet.InternetAddress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Emails briefings through a real SMTP server (GreenMail) with the sender Spring Boot builds from
 * {@code spring.mail.*}, logging in as a GreenMail user. GreenMail has no STARTTLS (its SMTP
 * server does not offer the command), so STARTTLS is not required here; that a server without it
 * is refused when it is required is shown below. Retry waits are a millisecond or two.
 */
@SpringBootTest(properties = {
        "briefing.cli.enabled=false",
        "spring.mail.host=localhost",
        "spring.mail.username=" + EmailDeliveryTest.USER,
        "spring.mail.password=" + EmailDeliveryTest.PASSWORD,
        "spring.mail.properties[mail.smtp.starttls.required]=false",
        // the most the log says about delivery and its retries: still no password
        "logging.level.dev.briefing.deliver=DEBUG",
        "logging.level.org.springframework.core.retry=DEBUG",
        "logging.level.org.springframework.mail=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class EmailDeliveryTest {

    static final String USER = "briefing";
    static final String PASSWORD = "Pw-7f3c-n0t-in-logs";
    static final String FROM = "Briefing desk <briefing@example.org>";
    static final AtomicLong RUNS = new AtomicLong(1000);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("briefing@example.org", USER, PASSWORD))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ScratchDatabase.register(registry, "email");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    JavaMailSender bootSender;
    @Autowired
    DeliveryLog log;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    @TempDir
    Path output;

    final TemplateFolder templates = new TemplateFolder(Path.of("report-templates"));
    final long run = RUNS.incrementAndGet();

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void eachRecipientGetsAMessageOfTheirOwnWithBothBodiesAndTheBriefingAttached() throws Exception {
        BriefingMessage briefing = Briefings.produced(output, "seeds-2026-11-23");

        StepContribution step = deliver(briefing, email(true, "analyst@example.org", "Bob Envoy <bob@example.org>"), boot());

        List<ReceivedMail> received = received();
        assertThat(received).extracting(ReceivedMail::to).containsExactlyInAnyOrder(List.of("analyst@example.org"), List.of("bob@example.org"));
        EmailComposer composer = new EmailComposer(templates, FROM, true);
        for (ReceivedMail mail : received) {
            assertThat(mail.cc()).isEmpty();
            assertThat(mail.bcc()).isEmpty();
            assertThat(mail.subject()).isEqualTo("Gaza war: ceasefire and hostage-exchange diplomacy \u2014 7 October 2023 \u2013 15 November 2023");
            assertThat(mail.bodyTypes()).containsExactly("multipart/mixed", "multipart/alternative");
            assertThat(mail.text()).contains("Gaza war: ceasefire and hostage-exchange diplomacy", "7 October 2023",
                    "- 14 November 2023: " + Briefings.HEADLINE + " (Gaza ceasefire and hostage-prisoner exchange talks)",
                    "- Turkey's channel to Hamas", "seeds-2026-11-23.pdf, seeds-2026-11-23.html");
            Document html = Jsoup.parse(mail.html());
            assertThat(html.select("h1").text()).isEqualTo("Gaza war: ceasefire and hostage-exchange diplomacy");
            assertThat(html.select("li").eachText()).contains(
                    "14 November 2023: " + Briefings.HEADLINE + " (Gaza ceasefire and hostage-prisoner exchange talks)");
            assertThat(mail.attachments()).containsOnlyKeys("seeds-2026-11-23.pdf", "seeds-2026-11-23.html");
            assertThat(mail.attachments().get("seeds-2026-11-23.pdf")).isEqualTo(Files.readAllBytes(briefing.pdfFile().orElseThrow()));
            assertThat(mail.attachments().get("seeds-2026-11-23.html")).isEqualTo(Files.readAllBytes(briefing.htmlFile().orElseThrow()));
            String recipient = mail.to().get(0);
            assertThat(mail.messageId())
                    .isEqualTo(composer.messageId(run, briefing, new InternetAddress(recipient)))
                    .isEqualTo(log.find(run, Channel.EMAIL, recipient).orElseThrow().messageId());
        }
        assertThat(received.get(0).messageId()).isNotEqualTo(received.get(1).messageId());
        assertThat(log.forRun(run)).extracting(DeliveryRecord::target, DeliveryRecord::status, DeliveryRecord::attempts)
                .containsExactly(tuple("analyst@example.org", Status.SENT, 1), tuple("bob@example.org", Status.SENT, 1));
        assertThat(step.getExitStatus().getExitDescription()).isEqualTo("emailed 2 of 2 recipients");
        assertThat(step.getStepExecution().getExecutionContext().getString(DeliverBriefingTasklet.SUMMARY)).isEqualTo("emailed 2 of 2 recipients");
    }

    @Test
    void onlyThePdfIsAttachedUnlessTheHtmlIsAsked() throws Exception {
        deliver(Briefings.produced(output, "seeds-2026-11-23"), email(false, "analyst@example.org"), boot());

        assertThat(received()).singleElement().satisfies(mail -> {
            assertThat(mail.attachments()).containsOnlyKeys("seeds-2026-11-23.pdf");
            assertThat(mail.text()).contains("attached: seeds-2026-11-23.pdf.");
        });
    }

    @Test
    void articleTextShowsEscapedInTheHtmlBodyWhichLoadsNothing() {
        String hostile = "<script>alert('x')</script> Talks <img src=x onerror=alert(1)> & \"truce\"";

        deliver(Briefings.produced(output, "hostile", hostile), email(false, "analyst@example.org"), boot());

        ReceivedMail mail = received().get(0);
        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("script, img, [onerror], [src], link, iframe, object, embed")).isEmpty();
        assertThat(html.select("li").eachText()).anySatisfy(item -> assertThat(item).contains(hostile));
        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(mail.text()).as("plain text is not HTML: shown as written").contains(hostile);
    }

    @Test
    void aSecondRunOfTheSameJobInstanceSendsNothingAgain() {
        BriefingMessage briefing = Briefings.produced(output, "seeds-2026-11-23");
        DeliveryProperties settings = email(false, "analyst@example.org", "bob@example.org");
        deliver(briefing, settings, boot());

        StepContribution again = deliver(briefing, settings, boot());

        assertThat(received()).hasSize(2);
        assertThat(again.getExitStatus().getExitDescription()).isEqualTo("emailed 2 of 2 recipients (2 by an earlier attempt)");
        assertThat(log.forRun(run)).extracting(DeliveryRecord::attempts).containsOnly(1);
    }

    @Test
    void aTransientFailureIsRetriedThenRecordedAndTheRestartSendsOnlyTheMissingMessage() {
        BriefingMessage briefing = Briefings.produced(output, "seeds-2026-11-23");
        DeliveryProperties settings = email(false, "analyst@example.org", "bob@example.org", "carol@example.org");
        TestSenders.Flaky flaky = new TestSenders.Flaky(boot(), "bob@example.org", Integer.MAX_VALUE, "421 4.3.2 Service not available, closing channel");

        assertThatThrownBy(() -> deliver(briefing, settings, flaky))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageStartingWith("delivery failed: emailed 2 of 3 recipients; 1 failed: bob@example.org (after 3 attempts: 421 4.3.2"
                        + " Service not available, closing channel) (the briefing's files are unchanged)");
        assertThat(flaky.attemptsFor("bob@example.org")).as("the configured three attempts").isEqualTo(3);
        assertThat(flaky.attemptsFor("analyst@example.org")).isEqualTo(1);
        assertThat(flaky.attemptsFor("carol@example.org")).as("tried after bob failed").isEqualTo(1);
        DeliveryRecord bob = log.find(run, Channel.EMAIL, "bob@example.org").orElseThrow();
        assertThat(bob.status()).isEqualTo(Status.FAILED);
        assertThat(bob.attempts()).isEqualTo(3);
        assertThat(bob.lastError()).contains("421 4.3.2 Service not available");
        assertThat(received()).extracting(mail -> mail.to().get(0)).containsExactlyInAnyOrder("analyst@example.org", "carol@example.org");
        assertThat(Files.exists(briefing.pdfFile().orElseThrow())).isTrue();

        StepContribution restart = deliver(briefing, settings, boot());

        assertThat(received()).extracting(mail -> mail.to().get(0))
                .containsExactlyInAnyOrder("analyst@example.org", "carol@example.org", "bob@example.org");
        assertThat(restart.getExitStatus().getExitDescription()).isEqualTo("emailed 3 of 3 recipients (2 by an earlier attempt)");
        assertThat(log.find(run, Channel.EMAIL, "bob@example.org").orElseThrow())
                .extracting(DeliveryRecord::status, DeliveryRecord::attempts).containsExactly(Status.SENT, 4);
    }

    @Test
    void aMessageThatGoesThroughOnRetryIsSentOnce() {
        TestSenders.Flaky flaky = new TestSenders.Flaky(boot(), "analyst@example.org", 1, "451 4.7.1 Greylisted, try again");

        StepContribution step = deliver(Briefings.produced(output, "seeds-2026-11-23"), email(false, "analyst@example.org"), flaky);

        assertThat(received()).hasSize(1);
        assertThat(flaky.attemptsFor("analyst@example.org")).isEqualTo(2);
        assertThat(log.find(run, Channel.EMAIL, "analyst@example.org").orElseThrow())
                .extracting(DeliveryRecord::status, DeliveryRecord::attempts).containsExactly(Status.SENT, 2);
        assertThat(step.getExitStatus().getExitDescription()).isEqualTo("emailed 1 of 1 recipients");
    }

    @Test
    void aPermanentRefusalIsNotRetried() {
        TestSenders.Flaky flaky = new TestSenders.Flaky(boot(), "gone@example.org", Integer.MAX_VALUE, "550 5.1.1 Mailbox unavailable");

        assertThatThrownBy(() -> deliver(Briefings.produced(output, "seeds-2026-11-23"), email(false, "gone@example.org"), flaky))
                .hasMessageContaining("gone@example.org (550 5.1.1 Mailbox unavailable)");
        assertThat(flaky.attemptsFor("gone@example.org")).isEqualTo(1);
    }

    @Test
    void eachRecordIsCommittedAtOnceSoThatAKilledProcessLeavesItHonest() {
        BriefingMessage briefing = Briefings.produced(output, "seeds-2026-11-23");
        Map<String, Map<String, String>> committedBeforeSending = new ConcurrentHashMap<>();
        TestSenders.Flaky watching = new TestSenders.Flaky(boot(), "nobody", 0, "", recipient -> committedBeforeSending.put(recipient, committedStatuses()));

        // as the step runs it: inside a transaction, here one that never commits
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            deliver(briefing, email(false, "analyst@example.org", "bob@example.org"), watching);
            status.setRollbackOnly();
        });

        assertThat(committedBeforeSending.get("analyst@example.org")).containsExactlyEntriesOf(Map.of("analyst@example.org", "SENDING"));
        assertThat(committedBeforeSending.get("bob@example.org"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("analyst@example.org", "SENT", "bob@example.org", "SENDING"));
        assertThat(log.forRun(run)).extracting(DeliveryRecord::status).containsOnly(Status.SENT);
    }

    @Test
    void aRecipientLeftSendingByACrashIsSentAgainWithTheSameMessageId() throws Exception {
        BriefingMessage briefing = Briefings.produced(output, "seeds-2026-11-23");
        String messageId = new EmailComposer(templates, FROM, false).messageId(run, briefing, new InternetAddress("analyst@example.org"));
        log.attempting(run, Channel.EMAIL, "analyst@example.org", messageId);

        deliver(briefing, email(false, "Analyst <ANALYST@example.org>"), boot());

        assertThat(received()).singleElement().extracting(ReceivedMail::messageId).isEqualTo(messageId);
        assertThat(log.find(run, Channel.EMAIL, "analyst@example.org").orElseThrow())
                .extracting(DeliveryRecord::status, DeliveryRecord::attempts).containsExactly(Status.SENT, 2);
    }

    @Test
    void aRefusedLoginIsNotRetriedEndsEmailingAndNeverShowsThePassword(CapturedOutput logs) {
        String wrong = "Wr0ng-pa55-9d1e";

        assertThatThrownBy(() -> deliver(Briefings.produced(output, "seeds-2026-11-23"),
                email(false, "analyst@example.org", "bob@example.org"), TestSenders.withPassword(boot(), wrong)))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("emailed 0 of 2 recipients; 2 failed: analyst@example.org (Authentication failed")
                .hasMessageNotContaining(wrong);

        assertThat(received()).isEmpty();
        DeliveryRecord first = log.find(run, Channel.EMAIL, "analyst@example.org").orElseThrow();
        assertThat(first.status()).isEqualTo(Status.FAILED);
        assertThat(first.attempts()).as("not retried").isEqualTo(1);
        assertThat(first.lastError()).containsIgnoringCase("authentication");
        DeliveryRecord second = log.find(run, Channel.EMAIL, "bob@example.org").orElseThrow();
        assertThat(second.attempts()).as("not attempted").isZero();
        assertThat(second.lastError()).startsWith("not attempted: the SMTP server refused the login");
        assertThat(logs.getAll()).contains("deliver: email to analyst@example.org failed");
        assertThat(List.of(logs.getAll(), first.lastError(), second.lastError())).allSatisfy(text -> assertThat(text).doesNotContain(secretForms(wrong)));
    }

    @Test
    void aPasswordInAServerReplyIsRedactedFromTheLogAndTheRecord(CapturedOutput logs) {
        TestSenders.Flaky echoing = new TestSenders.Flaky(boot(), "analyst@example.org", Integer.MAX_VALUE,
                "454 4.7.0 Temporary authentication failure for " + USER + " " + PASSWORD);

        assertThatThrownBy(() -> deliver(Briefings.produced(output, "seeds-2026-11-23"), email(false, "analyst@example.org"), echoing))
                .hasMessageContaining("454 4.7.0 Temporary authentication failure for briefing [redacted]");

        DeliveryRecord record = log.find(run, Channel.EMAIL, "analyst@example.org").orElseThrow();
        assertThat(record.lastError()).contains("[redacted]");
        assertThat(logs.getAll()).contains("Backing off", "454 4.7.0");
        assertThat(List.of(logs.getAll(), record.lastError())).allSatisfy(text -> assertThat(text).doesNotContain(secretForms(PASSWORD)));
    }

    @Test
    void aServerWithoutStarttlsIsRefusedWhenStarttlsIsRequired() {
        JavaMailSenderImpl requiring = TestSenders.withSessionProperty(boot(), "mail.smtp.starttls.required", "true");

        assertThatThrownBy(() -> deliver(Briefings.produced(output, "seeds-2026-11-23"), email(false, "analyst@example.org"), requiring))
                .hasMessageContaining("STARTTLS");

        assertThat(received()).isEmpty();
    }

    private JavaMailSenderImpl boot() {
        return (JavaMailSenderImpl) bootSender;
    }

    private static DeliveryProperties email(boolean attachHtml, String... recipients) {
        return new DeliveryProperties(new DeliveryProperties.Email(List.of(recipients), FROM, attachHtml,
                new DeliveryProperties.Retry(3, Duration.ofMillis(1), 2, Duration.ofMillis(2))), null);
    }

    private StepContribution deliver(BriefingMessage briefing, DeliveryProperties settings, JavaMailSender sender) {
        return TaskletSteps.execute(new DeliverBriefingTasklet(run, briefing, List.of(), settings, templates, Optional.of(sender), log));
    }

    private List<ReceivedMail> received() {
        return Arrays.stream(SMTP.getReceivedMessages()).map(ReceivedMail::of).toList();
    }

    /** The run's records as another connection sees them: only what is committed. */
    private Map<String, String> committedStatuses() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT target, status FROM briefing_delivery WHERE job_instance_id = ?")) {
            query.setLong(1, run);
            Map<String, String> statuses = new ConcurrentHashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statuses.put(rows.getString(1), rows.getString(2));
                }
            }
            return statuses;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The password as it could appear: plain, and base64 as AUTH LOGIN and AUTH PLAIN send it. */
    private static String[] secretForms(String password) {
        Base64.Encoder base64 = Base64.getEncoder();
        return new String[] {password, base64.encodeToString(password.getBytes(StandardCharsets.UTF_8)),
                base64.encodeToString(("\0" + USER + "\0" + password).getBytes(StandardCharsets.UTF_8))};
    }
}
