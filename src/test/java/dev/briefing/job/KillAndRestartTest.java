package dev.briefing.job;

import dev.briefing.corpus.SyntheticCorpus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the job's process (SIGKILL, no chance to clean up) in the middle of ingest and in the
 * middle of render, then starts it again with the same command, as a user or a scheduler would.
 * The restarted run must finish with every article stored once, none lost, no briefing file
 * ever half-written in the output folder, and the briefing emailed once to each recipient.
 */
class KillAndRestartTest {

    private static final int ARTICLES = 400;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private static final List<String> RECIPIENTS = List.of("analyst@example.org", "desk@example.org");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path work;

    /** The job running in a JVM of its own, its standard output and error going to files. */
    private record Child(Process process, Path out, Path err) {

        String log() throws IOException {
            return Files.readString(out) + Files.readString(err);
        }
    }

    private Path input() {
        Path input = work.resolve("articles");
        SyntheticCorpus.writeMarkdown(new SyntheticCorpus(7).articles(ARTICLES, 40), input, 100);
        return input;
    }

    private Child start(Path input, String name) throws IOException {
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "dev.briefing.BriefingApplication", "run", "--input", input.toString(), "--output", work.resolve("output").toString(),
                "--run-date", "2026-11-23", "--produced-at", "2026-11-23T06:00:00Z", "--templates", Path.of("report-templates").toAbsolutePath().toString(),
                "--briefing.data-dir=" + work.resolve("data"), "--briefing.progress=log", "--briefing.ingest.chunk-size=20",
                "--briefing.ingest.workers=2", "--recipients", String.join(",", RECIPIENTS), "--spring.mail.host=localhost",
                "--spring.mail.port=" + SMTP.getSmtp().getPort(), "--spring.mail.properties[mail.smtp.starttls.required]=false",
                "--briefing.delivery.email.from=briefing@example.org"));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Child(process, out, err);
    }

    private static void awaitLog(Child child, Predicate<String> condition, String what) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.test(child.log())) {
            assertThat(child.process().isAlive()).as("the job ended before " + what + ":\n" + child.log()).isTrue();
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private static int finish(Child child) throws Exception {
        assertThat(child.process().waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the restarted run finishes").isTrue();
        return child.process().exitValue();
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data/briefing") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "sa", "");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void kill(Child child) throws InterruptedException {
        child.process().destroyForcibly();
        assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.process().exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> outputFiles() throws IOException {
        Path output = work.resolve("output");
        if (!Files.exists(output)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private void assertFinishedRun(Child restarted) throws Exception {
        assertThat(finish(restarted)).as(restarted.log()).isZero();
        assertThat(restarted.log()).contains("had been interrupted").contains(": COMPLETED");
        assertThat(count("SELECT COUNT(*) FROM article")).as("no article lost").isEqualTo(ARTICLES);
        assertThat(count("SELECT COUNT(DISTINCT source_key) FROM article")).as("none stored twice").isEqualTo(ARTICLES);
        assertThat(count("SELECT COUNT(*) FROM batch_job_instance")).as("the same run, restarted").isEqualTo(1);
        assertThat(outputFiles()).extracting(file -> file.getFileName().toString()).containsExactlyInAnyOrder("briefing.html", "briefing.pdf", "sources.csv");
        try (PDDocument pdf = Loader.loadPDF(work.resolve("output/articles-2026-11-23/briefing.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(10);
        }
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(KillAndRestartTest::recipient))
                .as("each recipient gets the briefing once").containsExactlyInAnyOrderElementsOf(RECIPIENTS);
    }

    @Test
    void aRunKilledInTheMiddleOfIngestFinishesWhenStartedAgain() throws Exception {
        Path input = input();
        Child first = start(input, "first");
        awaitLog(first, log -> log.contains("ingest: 0 of"), "ingest to begin");
        Instant deadline = Instant.now().plus(PATIENCE);
        while (count("SELECT COUNT(*) FROM article") < 100) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(10);
        }
        kill(first);
        long stored = count("SELECT COUNT(*) FROM article");
        // H2 may lose the transactions of its last moments before a SIGKILL (seen: 80 kept of 100
        // observed), always with the reader positions committed with them, so the restart below
        // reads those articles again: that, not H2's durability, is what this test holds the job to.
        assertThat(stored).as("killed in the middle of ingest, with part of it committed").isBetween(1L, ARTICLES - 1L);
        assertThat(outputFiles()).as("no briefing yet").isEmpty();

        Child restarted = start(input, "restarted");

        assertFinishedRun(restarted);
        assertThat(count("SELECT SUM(read_count) FROM batch_step_execution s JOIN batch_job_execution j"
                + " ON j.job_execution_id = s.job_execution_id WHERE s.step_name = 'ingest' AND j.status = 'COMPLETED'"))
                .as("the restart reads only what the killed run had not committed").isLessThanOrEqualTo(ARTICLES - stored + 40);
    }

    @Test
    void aRunKilledInTheMiddleOfRenderLeavesNoHalfWrittenBriefingAndFinishesWhenStartedAgain() throws Exception {
        Path input = input();
        Child first = start(input, "first");
        awaitLog(first, log -> log.contains("render: laying out the PDF"), "the PDF layout to begin");
        kill(first);
        assertThat(outputFiles()).as("the HTML and the source index were complete before the PDF began; no PDF, and no partial file"
                        + " under a briefing's name")
                .extracting(file -> file.getFileName().toString())
                .allMatch(name -> name.equals("briefing.html") || name.equals("sources.csv")
                        || name.startsWith(".briefing.pdf.") && name.endsWith(".partial"));

        Child restarted = start(input, "restarted");

        assertFinishedRun(restarted);
        assertThat(count("SELECT COUNT(*) FROM batch_step_execution s JOIN batch_job_execution j ON j.job_execution_id = s.job_execution_id"
                + " WHERE j.status = 'COMPLETED' AND s.step_name NOT IN ('render', 'deliver')")).as("only render and what follows run again").isZero();
    }
}
