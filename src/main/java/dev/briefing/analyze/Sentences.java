package dev.briefing.analyze;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits paragraphs into sentences with the JDK's locale-aware sentence boundaries. */
public final class Sentences {

    private static final int EXCERPT_WORDS = 10;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*");

    private Sentences() {
    }

    public static List<String> split(String paragraph) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ROOT);
        boundaries.setText(paragraph);
        List<String> sentences = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            String sentence = paragraph.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /**
     * The words of a sentence around a match ({@code start} to {@code end}), ten on each side,
     * with "…" where the sentence was cut: quotes what matters, verbatim, and stays short.
     */
    public static String excerpt(String sentence, int start, int end) {
        int from = start;
        int spaces = 0;
        while (from > 0 && !(sentence.charAt(from - 1) == ' ' && ++spaces > EXCERPT_WORDS)) {
            from--;
        }
        int to = end;
        spaces = 0;
        while (to < sentence.length() && !(sentence.charAt(to) == ' ' && ++spaces > EXCERPT_WORDS)) {
            to++;
        }
        return (from > 0 ? "… " : "") + sentence.substring(from, to).strip() + (to < sentence.length() ? " …" : "");
    }

    public static int wordCount(String text) {
        int count = 0;
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
