package dev.briefing.job;

import dev.briefing.ingest.ScratchDatabase;
import dev.briefing.render.OutputFormat;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled runs on a cron expression firing every two seconds: two runs, each a job instance of
 * its own for its slot, each incremental (the second reads only the article added after the
 * first), each covering the week before its slot, the second saying what is new since the first.
 */
@SpringBootTest(properties = {"briefing.cli.enabled=false", "briefing.zone=UTC", "briefing.progress=none"})
class ScheduledRunsTest {

    static Path work;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        work = ScratchDatabase.register(registry, "scheduled");
    }

    @Autowired
    ScheduledRuns scheduledRuns;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    JdbcClient jdbc;

    private static void article(Path folder, String name, LocalDate published, String text) {
        try {
            Files.writeString(folder.resolve(name), "---\ntitle: " + text.substring(0, text.indexOf(' ', 30)) + "\npublished: " + published
                    + "\n---\n" + text + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void twoScheduledRunsEachReadOnlyWhatIsNewAndCoverTheWeekBeforeTheirSlot() throws Exception {
        Path input = Files.createDirectories(work.resolve("inbox"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        article(input, "a.md", today.minusDays(2), "Mediators from Qatar and Egypt met Israeli and Hamas negotiators in Cairo to discuss a"
                + " ceasefire in Gaza and the release of hostages, officials said.");
        article(input, "old.md", today.minusDays(30), "Israeli and Hamas negotiators held talks in Doha on a truce in Gaza and an exchange of"
                + " prisoners, a month before the latest round, officials said.");
        RunOptions options = new RunOptions(input, work.resolve("out"), dev.briefing.briefing.TimeframeUnit.MONTH, Optional.empty(),
                Path.of("report-templates").toAbsolutePath(), dev.briefing.render.PaperSize.A4, Set.of(OutputFormat.HTML), List.of(), false);
        List<BriefingRunner.Launch> launches = new ArrayList<>();
        ScheduledRuns.Reporter addAnArticleAfterTheFirstRun = new ScheduledRuns.Reporter() {
            @Override
            public void waitingFor(ZonedDateTime slot) {
            }

            @Override
            public void launched(ZonedDateTime slot, BriefingRunner.Launch launch) {
                launches.add(launch);
                article(input, "b.md", today.minusDays(1), "Israel and Hamas negotiators resumed talks in Cairo with Egyptian and Qatari"
                        + " mediators on a ceasefire in Gaza and the release of hostages, officials said.");
            }

            @Override
            public void busy(ZonedDateTime slot, String reason) {
                throw new AssertionError("no other run is going on: " + reason);
            }
        };

        scheduledRuns.run(new ScheduledRuns.Schedule(CronExpression.parse("*/2 * * * * *"), ZoneOffset.UTC, Period.ofDays(7)), options, 2,
                addAnArticleAfterTheFirstRun);

        assertThat(launches).hasSize(2).allSatisfy(launch -> assertThat(launch.completed()).isTrue());
        JobExecution first = launches.get(0).execution();
        JobExecution second = launches.get(1).execution();
        assertThat(second.getJobInstance().getInstanceId()).isNotEqualTo(first.getJobInstance().getInstanceId());
        assertThat(readCount(first)).isEqualTo(2);
        assertThat(readCount(second)).as("only the article added since the first run is read").isEqualTo(1);
        for (JobExecution run : List.of(first, second)) {
            ZonedDateTime slot = ZonedDateTime.parse(run.getJobParameters().getString("slot"));
            assertThat(slot.getSecond() % 2).as("a slot of the cron expression").isZero();
            assertThat(run.getJobParameters().getString("from")).isEqualTo(slot.toLocalDate().minusDays(6).toString());
            assertThat(run.getJobParameters().getString("to")).isEqualTo(slot.toLocalDate().toString());
        }
        Path secondBriefing = Path.of(second.getExecutionContext().getString("briefing.html.path"));
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(secondBriefing.toFile());
        assertThat(html.select(".since p").text()).startsWith("Since the briefing of").endsWith(": 1 new article.");
        assertThat(html.select("#articles tr").text()).contains("a.md").contains("b.md")
                .as("dated before the week, so outside the briefing's period").doesNotContain("old.md");
    }

    private long readCount(JobExecution run) {
        return run.getStepExecutions().stream().filter(step -> step.getStepName().equals("ingest")).findFirst().orElseThrow().getReadCount();
    }
}
