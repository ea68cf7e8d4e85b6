package dev.briefing.analyze;

import dev.briefing.article.Article;
import dev.briefing.article.DateCandidate;
import dev.briefing.article.DateSource;
import dev.briefing.article.Paragraph;
import dev.briefing.ingest.SkippedInputException;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.profile.AnchorDate;
import org.apache.commons.codec.digest.DigestUtils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Understands one article read from the input: removes the site chrome, decides title, outlet,
 * language and publication date (with provenance), finds actors, places and mediators, and
 * computes its fingerprints and index terms.
 */
public final class ArticleAnalyzer {

    /** Only the most frequent terms are kept: enough to thread an article, bounded in storage. */
    static final int MAX_STORED_TERMS = 200;
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final BoilerplateCleaner cleaner;
    private final DateResolver dateResolver;
    private final EntityExtractor entityExtractor;
    private final LanguageIdentifier languageIdentifier;
    private final TermExtractor termExtractor;
    private final ContentFingerprinter fingerprinter;

    public ArticleAnalyzer(BoilerplateCleaner cleaner, DateResolver dateResolver, EntityExtractor entityExtractor,
            LanguageIdentifier languageIdentifier, TermExtractor termExtractor, ContentFingerprinter fingerprinter) {
        this.cleaner = cleaner;
        this.dateResolver = dateResolver;
        this.entityExtractor = entityExtractor;
        this.languageIdentifier = languageIdentifier;
        this.termExtractor = termExtractor;
        this.fingerprinter = fingerprinter;
    }

    /**
     * @param anchors dates that durations in undated articles are counted from (from the thread profile)
     * @param today   the run date: later stated dates are refused and estimates are capped at it
     * @throws SkippedInputException when nothing usable is left once the chrome is removed
     */
    public Article analyze(SourceDocument document, List<AnchorDate> anchors, LocalDate today) {
        CleanedText cleaned = cleaner.clean(document.blocks());
        String title = document.metadata().title() != null ? document.metadata().title() : cleaned.title();
        List<Paragraph> body = withoutRepeatedTitle(cleaned.paragraphs(), title);
        String text = body.stream().filter(p -> !p.heading()).map(Paragraph::text).collect(Collectors.joining("\n\n"));
        if (text.isBlank()) {
            throw new SkippedInputException(document.source(), "no article text is left once the site chrome is removed");
        }
        String language = document.metadata().language() != null
                ? normaliseLanguage(document.metadata().language())
                : languageIdentifier.identify(text);

        List<DateCandidate> candidates = new ArrayList<>(document.metadata().dates());
        if (cleaned.dateline() != null) {
            candidates.add(new DateCandidate(cleaned.dateline(), DateSource.DATELINE));
        }
        String fileName = document.source().path().substring(document.source().path().lastIndexOf('/') + 1);
        DateResolver.fromFileName(fileName).ifPresent(candidates::add);
        DateResolver.fromUrl(document.metadata().url()).ifPresent(candidates::add);
        DateResolver.Resolution date = dateResolver.resolve(candidates, body, anchors, today);

        List<String> notes = new ArrayList<>(document.notes());
        notes.addAll(date.notes());
        String outlet = document.metadata().outlet() != null ? document.metadata().outlet() : cleaned.outlet();
        String titledText = title == null ? text : title + "\n\n" + text;
        ContentFingerprinter.Fingerprints fingerprints = fingerprinter.fingerprints(text);

        return new Article(
                articleId(document.collection(), document.source().key()),
                document.collection(),
                document.source(),
                document.format(),
                title,
                outlet,
                document.metadata().url(),
                language,
                body,
                date.date(),
                fingerprints.exact(),
                fingerprints.sketch(),
                entityExtractor.extract(title == null ? body : prepend(Paragraph.heading(title), body)),
                storedTerms(termExtractor.termCounts(titledText, language)),
                notes);
    }

    /** Stable identifier of an article: the same source in the same collection keeps its id across runs. */
    public static String articleId(String collection, String sourceKey) {
        return "a" + HexFormat.of().formatHex(DigestUtils.sha256(collection + "\n" + sourceKey), 0, 8);
    }

    /** A page or Markdown file often repeats its title as the first heading; it is the title, not body. */
    private static List<Paragraph> withoutRepeatedTitle(List<Paragraph> paragraphs, String title) {
        if (title != null && !paragraphs.isEmpty() && normalisedTitle(paragraphs.get(0).text()).equals(normalisedTitle(title))) {
            return paragraphs.subList(1, paragraphs.size());
        }
        return paragraphs;
    }

    private static String normalisedTitle(String text) {
        return NOT_LETTERS_OR_DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static List<Paragraph> prepend(Paragraph first, List<Paragraph> rest) {
        List<Paragraph> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String normaliseLanguage(String declared) {
        String primary = declared.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return primary.isEmpty() ? LanguageIdentifier.UNDETERMINED : primary;
    }

    /** An article's term counts cut to the most frequent ones, the terms stored for it (and all threading sees of it). */
    public static Map<String, Integer> storedTerms(Map<String, Integer> counts) {
        if (counts.size() <= MAX_STORED_TERMS) {
            return counts;
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_STORED_TERMS)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
