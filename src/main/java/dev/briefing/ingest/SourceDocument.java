package dev.briefing.ingest;

import dev.briefing.article.SourceRef;

import java.util.List;

/**
 * One article as read from the input, not yet understood: its text split into blocks (paragraph
 * candidates, chrome included), the metadata the input carried, and notes on anything that had to
 * be repaired to read it (a charset fallback, a truncated page).
 *
 * @param collection the input folder this article was read from (normalised absolute path)
 * @param format     the input format: text, markdown, html, rss, atom, jsonl or csv
 */
public record SourceDocument(
        String collection,
        SourceRef source,
        String format,
        List<String> blocks,
        SourceMetadata metadata,
        List<String> notes) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }
}
