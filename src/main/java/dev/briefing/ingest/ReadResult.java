package dev.briefing.ingest;

import dev.briefing.article.SourceRef;

/** What reading one input produced: an article to analyse, or a rejection with its reason. */
public sealed interface ReadResult {

    SourceRef source();

    record Read(SourceDocument document) implements ReadResult {
        @Override
        public SourceRef source() {
            return document.source();
        }
    }

    record Rejected(SourceRef source, String reason) implements ReadResult {
    }
}
