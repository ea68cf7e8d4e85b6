package dev.briefing.article;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/** JSON encodings of an article's structured columns (body paragraphs, name lists, term counts). */
final class ArticleCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Paragraph>> PARAGRAPHS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() { };

    private ArticleCodec() {
    }

    static String encode(Object value) {
        return JSON.writeValueAsString(value);
    }

    static List<Paragraph> paragraphs(String json) {
        return JSON.readValue(json, PARAGRAPHS);
    }

    static List<String> strings(String json) {
        return JSON.readValue(json, STRINGS);
    }

    static Map<String, Integer> counts(String json) {
        return JSON.readValue(json, COUNTS);
    }
}
