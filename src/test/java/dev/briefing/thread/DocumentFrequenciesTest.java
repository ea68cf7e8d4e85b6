package dev.briefing.thread;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DocumentFrequenciesTest {

    @Test
    void aTermInEveryArticleWeighsLessThanARareOne() {
        DocumentFrequencies frequencies = new DocumentFrequencies();
        frequencies.add(Map.of("truce", 1, "hostag", 1));
        frequencies.add(Map.of("truce", 1));

        assertThat(frequencies.idf("truce")).isCloseTo(Math.log(3.0 / 3.0) + 1, within(1e-12));
        assertThat(frequencies.idf("hostag")).isCloseTo(Math.log(3.0 / 2.0) + 1, within(1e-12));
        assertThat(frequencies.idf("unseen")).isCloseTo(Math.log(3.0 / 1.0) + 1, within(1e-12));
    }

    @Test
    void countsStayRightAsTheVocabularyOutgrowsItsFirstArrays() {
        DocumentFrequencies frequencies = new DocumentFrequencies();
        Map<String, Integer> manyTerms = IntStream.range(0, 5000).boxed().collect(Collectors.toMap(i -> "term" + i, i -> 1));
        frequencies.add(manyTerms);
        frequencies.add(Map.of("term4999", 1));

        assertThat(frequencies.idf("term4999")).isCloseTo(Math.log(3.0 / 3.0) + 1, within(1e-12));
        assertThat(frequencies.idf("term0")).isCloseTo(Math.log(3.0 / 2.0) + 1, within(1e-12));
    }

    @Test
    void tfidfVectorsHaveUnitLength() {
        DocumentFrequencies frequencies = new DocumentFrequencies();
        Map<String, Integer> counts = Map.of("truce", 3, "hostag", 1, "qatar", 2);
        frequencies.add(counts);

        assertThat(frequencies.tfidf(counts).norm()).isCloseTo(1.0, within(1e-12));
        assertThat(frequencies.tfidf(Map.of()).size()).isZero();
    }

    @Test
    void addingAndWeighingInOneGoEqualsAddingThenWeighing() {
        DocumentFrequencies together = new DocumentFrequencies();
        DocumentFrequencies apart = new DocumentFrequencies();
        List<Map<String, Integer>> articles = List.of(Map.of("truce", 3, "hostag", 1), Map.of("truce", 1, "qatar", 2, "cairo", 1),
                Map.of("qatar", 1, "hostag", 4));

        for (Map<String, Integer> article : articles) {
            TermVector inOneGo = together.addAndWeigh(article);
            apart.add(article);
            TermVector added = apart.tfidf(article);

            assertThat(inOneGo.size()).isEqualTo(added.size());
            assertThat(inOneGo.dot(added)).isEqualTo(added.dot(added));
            assertThat(inOneGo.norm()).isEqualTo(added.norm());
        }
        assertThat(together.idf("truce")).isEqualTo(apart.idf("truce"));
        assertThat(together.idf("hostag")).isEqualTo(apart.idf("hostag"));
    }

    @Test
    void countsLookedUpAheadGetTheIdsAndWeightsOfCountsLookedUpWhenUsed() {
        DocumentFrequencies ahead = new DocumentFrequencies();
        DocumentFrequencies whenUsed = new DocumentFrequencies();
        Map<String, Integer> first = new TreeMap<>(Map.of("hostag", 1, "truce", 2));
        ahead.add(first);
        whenUsed.add(first);
        Map<String, Integer> next = new TreeMap<>(Map.of("cairo", 2, "qatar", 1, "truce", 3));

        CountedTerms counted = ahead.lookedUp(next);
        // Placing adds "qatar" after the look-up and before the counts are used: it keeps that id.
        ahead.add(Map.of("qatar", 1));
        whenUsed.add(Map.of("qatar", 1));
        TermVector weighedAhead = ahead.addAndWeigh(counted);
        TermVector weighedWhenUsed = whenUsed.addAndWeigh(next);

        assertThat(counted.knownIds()).containsExactly(CountedTerms.UNKNOWN, CountedTerms.UNKNOWN, 1);
        TermVector.Ranked rankedAhead = weighedAhead.strongestFirst(10, ahead::term);
        TermVector.Ranked rankedWhenUsed = weighedWhenUsed.strongestFirst(10, whenUsed::term);
        assertThat(rankedAhead.terms()).containsExactly(rankedWhenUsed.terms());
        assertThat(rankedAhead.weights()).containsExactly(rankedWhenUsed.weights());
        assertThat(ahead.tfidf(ahead.lookedUp(next)).norm()).isEqualTo(whenUsed.tfidf(next).norm());
    }
}
