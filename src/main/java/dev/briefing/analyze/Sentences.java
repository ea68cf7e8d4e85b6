package dev.briefing.analyze;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits paragraphs into sentences with the JDK's locale-aware sentence boundaries. */
public final class Sentences {

    private static final int EXCERPT_WORDS = 10;

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

    /**
     * The number of words: runs that start with a letter or digit and go on through letters,
     * digits, combining marks, apostrophes and hyphens ("al-Sisi", "Israel’s" are one word each).
     * A loop rather than a regular expression: cleaning asks this of every block of every article,
     * several times, and the matcher was 6% of reading an archive.
     */
    public static int wordCount(String text) {
        return wordCount(text, Integer.MAX_VALUE - 1);
    }

    /**
     * The number of words, counted only as far as {@code limit + 1}: enough to tell whether a
     * block is short, which cleaning asks of every paragraph, without reading the long ones through.
     */
    static int wordCount(String text, int limit) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && count <= limit; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (inWord) {
                inWord = continuesWord(codePoint);
            } else if (isLetterOrNumber(codePoint)) {
                count++;
                inWord = true;
            }
        }
        return count;
    }

    /** What {@code [\p{L}\p{N}]} matches: a letter or a number of any script. */
    static boolean isLetterOrNumber(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean continuesWord(int codePoint) {
        return isLetterOrNumber(codePoint) || codePoint == '\'' || codePoint == '’' || codePoint == '-'
                || switch (Character.getType(codePoint)) {
                    case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
                    default -> false;
                };
    }
}
