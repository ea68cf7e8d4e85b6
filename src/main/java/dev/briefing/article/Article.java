package dev.briefing.article;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An article as the job understands it: cleaned body, metadata with provenance, entities and
 * fingerprints. Immutable; everything later in the flow reads it, nothing changes it.
 *
 * @param id          stable identifier derived from the collection and the source key
 * @param collection  the input folder the article belongs to (normalised absolute path)
 * @param title       the article's own title, or {@code null} when it has none
 * @param outlet      the publishing outlet when the text or metadata names one, else {@code null}
 * @param language    ISO 639-1 code of the body's language, {@code und} when undetermined
 * @param fingerprint SHA-256 of the normalised body: equal bodies, equal fingerprints
 * @param sketch      MinHash signature for near-duplicate detection
 * @param terms       stemmed body terms with their counts (the most frequent ones), for threading
 * @param notes       what was degraded while reading it (charset fallback, ignored dates ...)
 */
public record Article(
        String id,
        String collection,
        SourceRef source,
        String format,
        String title,
        String outlet,
        String url,
        String language,
        List<Paragraph> body,
        PublicationDate date,
        String fingerprint,
        ContentSketch sketch,
        Entities entities,
        Map<String, Integer> terms,
        List<String> notes) {

    private static final int DERIVED_TITLE_WORDS = 14;

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        body = List.copyOf(body);
        terms = Collections.unmodifiableMap(new TreeMap<>(terms));
        notes = List.copyOf(notes);
    }

    public boolean hasOwnTitle() {
        return title != null && !title.isBlank();
    }

    /**
     * The article without its analysed text: metadata and fingerprints, for lists of sources that
     * must hold every article of a large run at once; the full text is loaded only where it is
     * quoted. An article without a title of its own keeps its opening paragraph, which
     * {@link #displayTitle()} names it by.
     */
    public Article outline() {
        List<Paragraph> opening = hasOwnTitle() ? List.of()
                : body.stream().filter(p -> !p.heading()).findFirst().map(List::of).orElse(List.of());
        return new Article(id, collection, source, format, title, outlet, url, language, opening, date, fingerprint, sketch,
                Entities.NONE, Map.of(), notes);
    }

    /** The title, or when the article has none, its opening words marked with an ellipsis. */
    public String displayTitle() {
        if (hasOwnTitle()) {
            return title;
        }
        String lead = body.stream().filter(p -> !p.heading()).map(Paragraph::text).findFirst().orElse("");
        String[] words = lead.split("\\s+");
        if (words.length <= DERIVED_TITLE_WORDS) {
            return lead;
        }
        return String.join(" ", List.of(words).subList(0, DERIVED_TITLE_WORDS)) + " …";
    }

    /** The body paragraphs (without sub-headings) as one text. */
    public String plainText() {
        return body.stream().filter(p -> !p.heading()).map(Paragraph::text).collect(Collectors.joining("\n\n"));
    }
}
