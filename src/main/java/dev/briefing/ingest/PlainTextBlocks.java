package dev.briefing.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraph candidates. Text pasted from the web uses either blank lines or
 * single line breaks between paragraphs, so every line is a block of its own, except that a hard
 * wrapped paragraph (a line that fills the wrap width without ending a sentence, followed by one
 * that starts in lower case) is joined back together.
 */
public final class PlainTextBlocks {

    /** Hard-wrapped text breaks lines near a fixed width; shorter lines are lines of their own. */
    private static final int HARD_WRAP_MIN_WIDTH = 50;
    private static final String SENTENCE_ENDINGS = ".!?:;\"”’»)…";

    private PlainTextBlocks() {
    }

    public static List<String> split(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        String previousLine = null;
        for (String rawLine : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                flush(blocks, current);
                current = null;
            } else if (current != null && continuesParagraph(previousLine, line)) {
                current.append(' ').append(line);
            } else {
                flush(blocks, current);
                current = new StringBuilder(line);
            }
            previousLine = line;
        }
        flush(blocks, current);
        return blocks;
    }

    private static boolean continuesParagraph(String previousLine, String line) {
        boolean previousEnded = SENTENCE_ENDINGS.indexOf(previousLine.charAt(previousLine.length() - 1)) >= 0;
        return !previousEnded && previousLine.length() >= HARD_WRAP_MIN_WIDTH && Character.isLowerCase(line.codePointAt(0));
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        if (current != null && !current.isEmpty()) {
            blocks.add(current.toString());
        }
    }
}
