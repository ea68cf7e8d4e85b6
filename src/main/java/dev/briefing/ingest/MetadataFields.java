package dev.briefing.ingest;

import dev.briefing.article.DateCandidate;
import dev.briefing.article.DateSource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The metadata field names accepted in front matter, JSON Lines, CSV and catalogue files (listed
 * in README). Names are matched without regard to case, and the first present alias wins.
 */
public final class MetadataFields {

    public static final List<String> TEXT = List.of("text", "body", "content", "article", "full_text", "fulltext");
    public static final List<String> HTML = List.of("html", "content_html", "body_html");
    public static final List<String> TITLE = List.of("title", "headline");
    public static final List<String> OUTLET = List.of("outlet", "source", "publisher", "site", "site_name", "media");
    public static final List<String> URL = List.of("url", "link", "href", "source_url");
    public static final List<String> PUBLISHED = List.of("published", "date", "published_at", "publication_date",
            "pubdate", "datepublished", "published_date", "created_at");
    public static final List<String> LANGUAGE = List.of("language", "lang");
    public static final List<String> FILE = List.of("file", "filename", "path");

    private MetadataFields() {
    }

    static SourceMetadata fromNode(JsonNode node, DateSource dateSource) {
        Map<String, String> fields = new java.util.HashMap<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            JsonNode value = property.getValue();
            if (value != null && value.isValueNode() && !value.isNull()) {
                fields.put(property.getKey().toLowerCase(Locale.ROOT), value.asString());
            }
        }
        return fromFields(fields::get, dateSource);
    }

    /** Metadata from named fields; {@code field} returns a field's value by lower-case name, or null. */
    static SourceMetadata fromFields(Function<String, String> field, DateSource dateSource) {
        String published = first(field, PUBLISHED);
        List<DateCandidate> dates = new ArrayList<>();
        if (published != null && !published.isBlank()) {
            dates.add(new DateCandidate(published, dateSource));
        }
        return new SourceMetadata(first(field, TITLE), first(field, OUTLET), first(field, URL), first(field, LANGUAGE), dates);
    }

    static String first(Function<String, String> field, List<String> aliases) {
        for (String alias : aliases) {
            String value = field.apply(alias);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
