package dev.briefing.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Case-preserving word tokens for name matching. Possessive endings are dropped so that
 * "Hamas’s" matches "Hamas", and full stops inside abbreviations are kept ("U.S").
 */
final class NameTokens {

    private NameTokens() {
    }

    static List<String> of(String text) {
        return raw(text).stream().map(NameTokens::stripPossessive).toList();
    }

    static boolean isPossessive(String rawToken) {
        return rawToken.endsWith("'s") || rawToken.endsWith("’s");
    }

    static String stripPossessive(String token) {
        return isPossessive(token) && token.length() > 2 ? token.substring(0, token.length() - 2) : token;
    }

    /**
     * Raw tokens (possessives kept), for context rules: runs of letters and digits, joined through
     * single hyphens, apostrophes and full stops ("al-Sisi", "Hamas’s", "U.S"). A loop rather than a
     * regular expression: entity extraction tokenizes every sentence of every article, and the
     * matcher was 5% of reading an archive.
     */
    static List<String> raw(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int codePoint = text.codePointAt(start);
            if (!Sentences.isLetterOrNumber(codePoint)) {
                start += Character.charCount(codePoint);
                continue;
            }
            int end = afterRun(text, start);
            while (end + 1 < text.length() && isJoiner(text.charAt(end)) && Sentences.isLetterOrNumber(text.codePointAt(end + 1))) {
                end = afterRun(text, end + 1);
            }
            tokens.add(text.substring(start, end));
            start = end;
        }
        return tokens;
    }

    /** The end of the run of letters and digits starting at {@code from}. */
    private static int afterRun(String text, int from) {
        int end = from;
        while (end < text.length() && Sentences.isLetterOrNumber(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean isJoiner(char character) {
        return character == '-' || character == '\'' || character == '’' || character == '.';
    }
}
