package dev.briefing.briefing;

import dev.briefing.SeedBriefings;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadExportTest {

    @Test
    void oneRowPerArticlePartWithTheDevelopmentsTimeframe() {
        BriefingInput seeds = SeedBriefings.seeds();

        List<ThreadExport.Row> rows = ThreadExport.rows(seeds.articles(), seeds.parts(), seeds.threads(), TimeframeUnit.MONTH);

        assertThat(rows).hasSize(8);
        assertThat(rows).filteredOn(r -> r.source().startsWith("000_")).extracting(ThreadExport.Row::threadId, ThreadExport.Row::role,
                ThreadExport.Row::timeframe).containsExactly(
                org.assertj.core.api.Assertions.tuple("gaza-ceasefire", "main", "July 2024"),
                org.assertj.core.api.Assertions.tuple("turkey-hamas-channel", "cross_reference", "July 2024"));
        assertThat(rows).filteredOn(r -> r.source().startsWith("002_")).singleElement()
                .satisfies(row -> {
                    assertThat(row.date()).isEmpty();
                    assertThat(row.dateStatus()).isEqualTo("undated");
                    assertThat(row.timeframe()).isEqualTo("Undated");
                });
    }

    @Test
    void writesCsvWithAHeader() {
        BriefingInput seeds = SeedBriefings.seeds();
        StringWriter csv = new StringWriter();

        ThreadExport.writeCsv(ThreadExport.rows(seeds.articles(), seeds.parts(), seeds.threads(), TimeframeUnit.WEEK), csv);

        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("article_id,source,date,date_status,thread_id,thread_label,role,development_id,timeframe");
        assertThat(lines).hasSize(9);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("003_80c55e598817b745.txt,2024-02-14,stated,gaza-ceasefire")
                .endsWith("Week 7 of 2024 (12–18 February 2024)"));
    }
}
