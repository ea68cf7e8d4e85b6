package dev.briefing.briefing;

import dev.briefing.analyze.Sentences;
import dev.briefing.briefing.BriefingModel.Mention;
import dev.briefing.briefing.BriefingModel.StickingPoint;
import dev.briefing.profile.StickingPointDefinition;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the sticking points a thread's articles name: a point counts as raised where a sentence
 * names it and also says it divides the sides ("insists", "demands", "stumbling block" ...), and
 * the words around the name are quoted to show where.
 */
final class StickingPointFinder {

    private static final String DEFAULTS = "/briefing/default-sticking-points.yaml";
    private static final Pattern DIVIDES = Pattern.compile("(?i)\\b(?:insist|demand|reject|refus|oppos|object|stumbling block"
            + "|sticking point|obstacle|adheren|dispute|disagree|condition|gaps?\\b|deadlock|impasse|stall|hurdle|red line|differences)");
    static final int QUOTE_MAX_WORDS = 40;

    private final List<StickingPointDefinition> defaults;

    StickingPointFinder() {
        try (InputStream in = StickingPointFinder.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the build");
            }
            defaults = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in.readAllBytes(), Definitions.class).stickingPoints();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Definitions(List<StickingPointDefinition> stickingPoints) {
    }

    /** The points raised, in the order declared, each with every report that raises it. */
    List<StickingPoint> find(List<StickingPointDefinition> declared, List<ReportText> reports) {
        List<StickingPoint> points = new ArrayList<>();
        // Split and screened once for all definitions: only sentences that speak of a divide can raise a point.
        List<List<String>> divisiveSentences = reports.stream()
                .map(report -> sentences(report).stream().filter(sentence -> DIVIDES.matcher(sentence).find()).toList())
                .toList();
        for (StickingPointDefinition definition : declared.isEmpty() ? defaults : declared) {
            List<Pattern> phrases = definition.phrases().stream()
                    .map(phrase -> Pattern.compile("(?i)\\b" + Pattern.quote(phrase))).toList();
            List<Mention> raisedIn = new ArrayList<>();
            for (int r = 0; r < reports.size(); r++) {
                ReportText report = reports.get(r);
                for (String sentence : divisiveSentences.get(r)) {
                    java.util.Optional<java.util.regex.Matcher> phrase = phrases.stream().map(p -> p.matcher(sentence)).filter(java.util.regex.Matcher::find)
                            .findFirst();
                    if (phrase.isPresent()) {
                        raisedIn.add(new Mention(report.source(), report.anchor(), report.date().brief(),
                                Sentences.excerpt(sentence, phrase.get().start(), phrase.get().end())));
                        break;
                    }
                }
            }
            if (!raisedIn.isEmpty()) {
                points.add(new StickingPoint(definition.name(), raisedIn));
            }
        }
        return points;
    }

    static List<String> sentences(ReportText report) {
        List<String> sentences = new ArrayList<>();
        report.paragraphs().forEach(paragraph -> sentences.addAll(Sentences.split(paragraph)));
        return sentences;
    }

    /** A long sentence is cut at a word boundary, the cut marked, so the quotation stays verbatim. */
    static String shortened(String sentence) {
        String[] words = sentence.split("\\s+");
        return words.length <= QUOTE_MAX_WORDS ? sentence : String.join(" ", List.of(words).subList(0, QUOTE_MAX_WORDS)) + " …";
    }
}
