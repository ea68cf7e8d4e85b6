package dev.briefing.article;

import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * JSON encodings of an article's structured columns (body paragraphs, name lists, term counts),
 * which threading also uses for the term counts and names of article parts.
 */
public final class ArticleCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * For maps keyed by terms. Jackson canonicalizes property names in a shared symbol table, made
     * for the few names of a schema: every new term was added to it, and the table copied and
     * rebuilt as it filled. Leaving terms uncanonicalized halves the time an article's term counts
     * take to decode (41-47 us to 20-26 us over 30,000 stored articles), and the thread step's
     * reader allocates 3 GB less at 100,000 articles.
     */
    private static final JsonMapper TERM_KEYED = JsonMapper.builder(
            JsonFactory.builder().disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES).build()).build();
    private static final TypeReference<List<Paragraph>> PARAGRAPHS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() { };
    /**
     * How {@link #encode} writes an empty list and an empty map. Most stored lists are empty (an
     * article's notes and mediators, and every list of an outline, which the query returns as
     * constants), and decoding them through Jackson was an eighth of listing 100,000 sources.
     */
    private static final String EMPTY_LIST = "[]";
    private static final String EMPTY_MAP = "{}";

    private ArticleCodec() {
    }

    public static String encode(Object value) {
        return JSON.writeValueAsString(value);
    }

    static List<Paragraph> paragraphs(String json) {
        return EMPTY_LIST.equals(json) ? List.of() : JSON.readValue(json, PARAGRAPHS);
    }

    public static List<String> strings(String json) {
        return EMPTY_LIST.equals(json) ? List.of() : JSON.readValue(json, STRINGS);
    }

    public static Map<String, Integer> counts(String json) {
        return EMPTY_MAP.equals(json) ? Map.of() : TERM_KEYED.readValue(json, COUNTS);
    }
}
