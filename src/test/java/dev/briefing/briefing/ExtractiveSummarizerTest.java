package dev.briefing.briefing;

import dev.briefing.Seeds;
import dev.briefing.briefing.BriefingModel.SummarySentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractiveSummarizerTest {

    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer(Seeds.TERMS);

    private static List<String> paragraphs(String seed) {
        return Seeds.article(seed).body().stream().filter(p -> !p.heading()).map(p -> p.text()).toList();
    }

    @Test
    void quotesSentencesVerbatimFromTheReports() {
        List<SummarySentence> summary = summarizer.summarize(List.of(
                new ExtractiveSummarizer.Report(1, "en", paragraphs(Seeds.CAIRO_EFE))), 3);

        String all = String.join("\n", paragraphs(Seeds.CAIRO_EFE));
        assertThat(summary).hasSize(3).allSatisfy(sentence -> {
            assertThat(all).contains(sentence.text());
            assertThat(sentence.quotedFrom()).isEqualTo(1);
            assertThat(sentence.alsoReportedBy()).isEmpty();
        });
    }

    @Test
    void aStatementTwoReportsShareIsSaidOnceAndNamesBoth() {
        List<SummarySentence> summary = summarizer.summarize(List.of(
                new ExtractiveSummarizer.Report(2, "en", paragraphs(Seeds.ANKARA_MEETING)),
                new ExtractiveSummarizer.Report(1, "en", paragraphs(Seeds.ANKARA_ROUNDUP))), 3);

        assertThat(summary).anySatisfy(sentence -> {
            assertThat(sentence.quotedFrom()).isEqualTo(2);
            assertThat(sentence.alsoReportedBy()).containsExactly(1);
        });
        for (int i = 0; i < summary.size(); i++) {
            for (int j = i + 1; j < summary.size(); j++) {
                assertThat(summary.get(i).text()).isNotEqualTo(summary.get(j).text());
            }
        }
    }

    @Test
    void nothingToQuoteGivesNoSummary() {
        assertThat(summarizer.summarize(List.of(new ExtractiveSummarizer.Report(1, "en", List.of("Too short."))), 3)).isEmpty();
    }
}
