package dev.briefing.ingest;

import dev.briefing.article.DateSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML front-matter block at the top of a text or Markdown file ({@code ---} lines around
 * {@code title:}, {@code outlet:}, {@code url:}, {@code published:}, {@code language:}).
 */
final class FrontMatter {

    private static final Pattern BLOCK = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\R(.*?)\\R---[ \\t]*(?:\\R|\\z)", Pattern.DOTALL);
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** The metadata and the text after the block; a block that is not valid YAML becomes a note. */
    record Split(SourceMetadata metadata, String body, Optional<String> problem) {
    }

    private FrontMatter() {
    }

    static Split split(String text) {
        Matcher matcher = BLOCK.matcher(text);
        if (!matcher.find()) {
            return new Split(SourceMetadata.NONE, text, Optional.empty());
        }
        String body = text.substring(matcher.end());
        try {
            JsonNode node = YAML.readTree(matcher.group(1));
            if (node == null || !node.isObject()) {
                return new Split(SourceMetadata.NONE, body, Optional.of("front matter is not a YAML mapping; ignored"));
            }
            return new Split(MetadataFields.fromNode(node, DateSource.RECORD_METADATA), body, Optional.empty());
        } catch (JacksonException e) {
            return new Split(SourceMetadata.NONE, body, Optional.of("front matter is not valid YAML; ignored"));
        }
    }
}
