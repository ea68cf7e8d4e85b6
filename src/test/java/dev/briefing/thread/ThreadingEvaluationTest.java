package dev.briefing.thread;

import dev.briefing.Seeds;
import dev.briefing.ingest.LabelledCorpus;
import dev.briefing.profile.ThreadProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's grouping against the labelled corpus (nine negotiations, two of them close to the Gaza
 * talks in actors or time). The README records the figures; these bounds keep them from regressing.
 */
class ThreadingEvaluationTest {

    static final Path CORPUS = Path.of("src/test/resources/eval/labelled-negotiations.jsonl");
    static LabelledCorpus.Contents corpus;

    @BeforeAll
    static void read() {
        corpus = LabelledCorpus.read(CORPUS, "/eval");
    }

    private static ThreadingEvaluation.Result evaluate(ThreadProfile profile) {
        return new ThreadingEvaluation(Seeds.ANALYZER, new SignalExtractor(Seeds.TERMS, Seeds.ENTITIES), Seeds.TERMS, Seeds.FINGERPRINTER,
                Seeds.GAZETTEER).evaluate(corpus.documents(), profile, LocalDate.of(2026, 11, 23));
    }

    @Test
    void readsEveryLabelledArticle() {
        assertThat(corpus.rejected()).isEmpty();
        assertThat(corpus.documents()).hasSize(48);
        assertThat(corpus.documents().stream().map(LabelledCorpus.LabelledDocument::cluster).distinct()).hasSize(9);
    }

    @Test
    void clusteringWithoutAProfileFindsTheNineNegotiations() {
        ThreadingEvaluation.Result result = evaluate(ThreadProfile.EMPTY);

        assertThat(result.scores().bcubedF1()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.scores().bcubedPrecision()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.threads()).isBetween(9, 11);
        assertThat(result.crossReferences()).as("single-subject reports are not split").isZero();
    }

    @Test
    void theSeedsProfileClaimsOnlyTheNegotiationsItDeclares() {
        ThreadingEvaluation.Result result = evaluate(Seeds.PROFILE);

        Map<String, String> goldOfThread = new TreeMap<>();
        result.threadOf().forEach((article, thread) -> goldOfThread.merge(thread, result.goldOf().get(article),
                (a, b) -> a.equals(b) ? a : a + "+" + b));
        assertThat(goldOfThread).containsEntry("gaza-ceasefire", "gaza-talks").containsEntry("turkey-hamas-channel", "gaza-talks")
                .containsEntry("lebanon-ceasefire", "lebanon-ceasefire");
        assertThat(goldOfThread.values()).noneMatch(gold -> gold.contains("+"));
        assertThat(result.scores().bcubedF1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void clusteredThreadsGetLabelsFromWhatTheirArticlesShare() {
        ThreadingEvaluation.Result result = evaluate(ThreadProfile.EMPTY);

        Map<String, String> labelOfGold = new TreeMap<>();
        result.threadOf().forEach((article, thread) -> labelOfGold.put(result.goldOf().get(article), result.labelOf().get(thread)));
        assertThat(labelOfGold.get("armenia-azerbaijan")).contains("Peace treaty").contains("Armenia and Azerbaijan");
        assertThat(labelOfGold.get("iran-nuclear")).contains("Nuclear deal");
        assertThat(labelOfGold.get("us-iran-swap")).contains("Prisoner exchange").contains("(Qatar mediation)");
        assertThat(labelOfGold.get("colombia-eln")).contains("National Liberation Army");
        assertThat(labelOfGold.get("gaza-talks")).contains("Hamas and Israel").contains("Qatar, Egypt, United States mediation");
    }
}
