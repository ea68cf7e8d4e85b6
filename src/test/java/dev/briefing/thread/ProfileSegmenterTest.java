package dev.briefing.thread;

import dev.briefing.Seeds;
import dev.briefing.article.Article;
import dev.briefing.profile.DeclaredThread;
import dev.briefing.profile.ThreadProfile;
import dev.briefing.thread.ProfileSegmenter.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileSegmenterTest {

    private final SignalExtractor signals = new SignalExtractor(Seeds.TERMS, Seeds.ENTITIES);
    private final ProfileSegmenter segmenter = new ProfileSegmenter(Seeds.PROFILE, Seeds.TERMS);

    private Map<String, Segment> segment(String seed) {
        Article article = Seeds.article(seed);
        return segmenter.segment(signals.signals(article), article.language()).orElseThrow();
    }

    @Test
    void theRoundupsAnkaraParagraphsGoToTheTurkishChannelAndTheRestToTheGazaTalks() {
        Map<String, Segment> segments = segment(Seeds.ANKARA_ROUNDUP);

        assertThat(segments.get("turkey-hamas-channel").paragraphs()).as("Kalin's meeting and what the sources said of it")
                .containsExactly(3, 4, 5, 6);
        assertThat(segments.get("gaza-ceasefire").paragraphs()).containsExactly(0, 1, 2, 7, 8);
        assertThat(segments).doesNotContainKeys("eu-humanitarian-truce", "lebanon-ceasefire");
    }

    @Test
    void theAnkaraReportStaysWithTheTurkishChannelUntilItTurnsToTheWiderTalks() {
        Map<String, Segment> segments = segment(Seeds.ANKARA_MEETING);

        assertThat(segments.get("turkey-hamas-channel").paragraphs()).containsExactly(0, 1, 2, 3);
        assertThat(segments.get("gaza-ceasefire").paragraphs()).containsExactly(4, 5, 6);
        assertThat(segments.get("turkey-hamas-channel").words()).isGreaterThan(segments.get("gaza-ceasefire").words());
    }

    @Test
    void aSubheadingStartsThePartAboutTheEuropeanSummit() {
        Map<String, Segment> segments = segment(Seeds.BRUSSELS_SUMMIT);

        assertThat(segments.get("eu-humanitarian-truce").paragraphs()).containsExactly(12, 13, 14, 15, 16, 17, 18);
        assertThat(segments.get("gaza-ceasefire").paragraphs()).contains(0, 1, 11, 19);
    }

    @Test
    void sharedVocabularyWithoutTheThreadsPartiesDoesNotClaimAnArticle() {
        Article sudan = Seeds.ANALYZER.analyze(new dev.briefing.ingest.SourceDocument(Seeds.COLLECTION,
                dev.briefing.article.SourceRef.file("sudan.txt"), "text", List.of(
                        "Sudan's army and the Rapid Support Forces agreed in Jeddah to a seven-day ceasefire and a truce to let aid in,"
                                + " and discussed the release of prisoners, Saudi and US mediators said."),
                dev.briefing.ingest.SourceMetadata.NONE, List.of()), List.of(), Seeds.RUN_DATE);

        assertThat(segmenter.segment(signals.signals(sudan), "en")).as("the Gaza talks need both Israel and Hamas").isEmpty();
    }

    @Test
    void anArticleNoDeclaredThreadClaimsIsLeftForClustering() {
        ThreadProfile unrelated = new ThreadProfile(null, List.of(), List.of(
                new DeclaredThread("sudan", "Sudan talks", List.of("Jeddah talks"), List.of("Sudan"), List.of(), List.of(), List.of())));
        ProfileSegmenter sudanOnly = new ProfileSegmenter(unrelated, Seeds.TERMS);
        Article article = Seeds.article(Seeds.CAIRO_EFE);

        assertThat(sudanOnly.segment(signals.signals(article), article.language())).isEmpty();
        assertThat(new ProfileSegmenter(ThreadProfile.EMPTY, Seeds.TERMS).segment(signals.signals(article), "en")).isEmpty();
    }
}
