package dev.briefing.analyze;

import dev.briefing.Seeds;
import dev.briefing.corpus.SyntheticCorpus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * {@link LanguageIdentifier#ranked} answers what OpenNLP's own detector answers over the same model:
 * every language's probability within a billionth of OpenNLP's (the sums run in another order,
 * which moves only their last bits), and the same decision.
 */
class LanguageIdentifierProperties {

    private static final LanguageIdentifier IDENTIFIER = Seeds.LANGUAGES;
    private static final LanguageDetectorModel MODEL = loadModel();

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageIdentifierProperties.class.getResourceAsStream("/langdetect-183.bin")) {
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        // Words of several languages and scripts, mixed case, with what the detector's normalisers
        // remove (links, mentions, hashtags, numbers, emoji, repeated letters) and characters whose
        // lower case differs in length (dotted capital I, capital sharp s, a Deseret letter).
        Arbitrary<String> words = Arbitraries.of("Hamas", "Israel", "ceasefire", "négociations", "trêve", "Waffenruhe",
                "negociaciones", "переговоры", "المفاوضات", "שביתת", "停火", "交渉", "İstanbul", "STRASSE", "ẞ",
                "\uD801\uDC00bc", "https://example.org/a?b=1", "@mediator", "#Gaza", "2024", "12,5", "😀", "soooooo",
                "ΣΊΣΥΦΟΣ", "", " ", "\n", "'", "-");
        Arbitrary<String> sentences = words.list().ofMaxSize(120).map(list -> String.join(" ", list));
        Arbitrary<String> noise = Arbitraries.strings().withChars("aZé9٣ש文ʰⅫ½\u0301İẞ@#:/. \n").withChars("\uD801\uDC00")
                .ofMaxLength(500);
        return Arbitraries.oneOf(sentences, noise);
    }

    @Property(tries = 500)
    void ranksLanguagesAsOpenNlpDoes(@ForAll("texts") String text) {
        assertRanksAsOpenNlp(text);
    }

    @Example
    void ranksTheSeedsAndSyntheticArticlesAsOpenNlpDoes() {
        List<String> texts = new java.util.ArrayList<>(Seeds.ALL.stream().map(Seeds::text).toList());
        new SyntheticCorpus(7).articles(200, 10).forEach(article -> texts.add(article.text()));
        for (String text : texts) {
            for (String sample : List.of(text.substring(0, Math.min(500, text.length())), text)) {
                assertRanksAsOpenNlp(sample);
            }
        }
    }

    private static void assertRanksAsOpenNlp(String sample) {
        Language[] ours = IDENTIFIER.ranked(sample);
        Language[] openNlp = new LanguageDetectorME(MODEL).predictLanguages(sample);
        assertThat(IDENTIFIER.decision(ours)).isEqualTo(IDENTIFIER.decision(openNlp));
        Map<String, Double> expected = probabilities(openNlp);
        Map<String, Double> actual = probabilities(ours);
        assertThat(actual).containsOnlyKeys(expected.keySet());
        expected.forEach((language, probability) ->
                assertThat(actual.get(language)).as(language).isCloseTo(probability, withinPercentage(1e-7)));
    }

    private static Map<String, Double> probabilities(Language[] ranked) {
        return Arrays.stream(ranked).collect(Collectors.toMap(Language::getLang, Language::getConfidence));
    }
}
