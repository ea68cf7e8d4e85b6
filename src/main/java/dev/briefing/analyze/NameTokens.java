package dev.briefing.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case-preserving word tokens for name matching. Possessive endings are dropped so that
 * "Hamas’s" matches "Hamas", and full stops inside abbreviations are kept ("U.S").
 */
final class NameTokens {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*");

    private NameTokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(stripPossessive(matcher.group()));
        }
        return tokens;
    }

    static boolean isPossessive(String rawToken) {
        return rawToken.endsWith("'s") || rawToken.endsWith("’s");
    }

    static String stripPossessive(String token) {
        return isPossessive(token) && token.length() > 2 ? token.substring(0, token.length() - 2) : token;
    }

    /** Raw tokens (possessives kept) with their positions, for context rules. */
    static List<String> raw(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
