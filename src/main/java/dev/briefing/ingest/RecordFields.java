package dev.briefing.ingest;

import dev.briefing.article.DateSource;
import dev.briefing.article.SourceRef;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The fields of one record (a JSON object, a CSV row), looked up by the accepted names without
 * regard to case, and turned into an article or a rejection that names the missing text field.
 */
final class RecordFields {

    private static final List<String> ID = List.of("id", "guid", "uid");

    /**
     * Control characters (other than tab and line breaks) that a JSON string can carry as escapes
     * ({@code \u0000}) though no text holds them: PostgreSQL cannot even store a NUL.
     */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final Map<String, String> values;

    private RecordFields(Map<String, String> values) {
        this.values = values;
    }

    static RecordFields of(Function<String, String> field, Collection<String> names) {
        Map<String, String> values = new HashMap<>();
        for (String name : names) {
            String value = field.apply(name);
            if (value != null) {
                values.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), CONTROL_CHARACTERS.matcher(value).replaceAll(""));
            }
        }
        return new RecordFields(values);
    }

    /** The record's own id (or URL) when it has one, so that its key survives reordering; else its position. */
    String recordKey(String position) {
        String id = MetadataFields.first(values::get, ID);
        if (id == null) {
            id = MetadataFields.first(values::get, MetadataFields.URL);
        }
        if (id != null) {
            return id.strip();
        }
        return position;
    }

    String value(List<String> aliases) {
        return MetadataFields.first(values::get, aliases);
    }

    SourceMetadata metadata(DateSource dateSource) {
        return MetadataFields.fromFields(values::get, dateSource);
    }

    ReadResult toResult(SourceRef source, ReadContext context, String format, DateSource dateSource) {
        String text = MetadataFields.first(values::get, MetadataFields.TEXT);
        String html = MetadataFields.first(values::get, MetadataFields.HTML);
        List<String> blocks = text != null ? PlainTextBlocks.split(text) : html != null ? HtmlText.fragmentBlocks(html) : List.of();
        if (blocks.isEmpty()) {
            return new ReadResult.Rejected(source, "the record has no article text (none of the fields "
                    + String.join(", ", MetadataFields.TEXT) + ", " + String.join(", ", MetadataFields.HTML) + " has any)");
        }
        SourceMetadata metadata = metadata(dateSource).orElse(context.catalogueMetadata());
        return new ReadResult.Read(new SourceDocument(context.collection(), source, format, blocks, metadata, context.decodingNotes()));
    }
}
