package dev.briefing.thread;

import java.util.List;

/** An article part as stored: where it was placed, and which paragraphs it covers. */
public record StoredPart(String articleId, String threadCode, String developmentCode, PartRole role, List<Integer> paragraphs) {

    public StoredPart {
        paragraphs = List.copyOf(paragraphs);
    }
}
