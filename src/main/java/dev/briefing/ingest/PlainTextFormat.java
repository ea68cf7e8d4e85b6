package dev.briefing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Plain text and Markdown files, optionally opening with a YAML front-matter block. */
public final class PlainTextFormat implements ArticleFormat {

    private static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown");

    @Override
    public String name() {
        return "text";
    }

    @Override
    public boolean handles(InputFile file, String text) {
        return EXTENSIONS.contains(file.extension());
    }

    @Override
    public List<ReadResult> read(InputFile file, String text, ReadContext context) {
        FrontMatter.Split split = FrontMatter.split(text);
        List<String> notes = new ArrayList<>(context.decodingNotes());
        split.problem().ifPresent(notes::add);
        List<String> blocks = PlainTextBlocks.split(markdownToText(split.body(), file));
        if (blocks.isEmpty()) {
            return List.of(new ReadResult.Rejected(file.source(), "the file holds no text"));
        }
        String format = isMarkdown(file) ? "markdown" : "text";
        SourceMetadata metadata = split.metadata().orElse(context.catalogueMetadata());
        return List.of(new ReadResult.Read(new SourceDocument(context.collection(), file.source(), format, blocks, metadata, notes)));
    }

    private static boolean isMarkdown(InputFile file) {
        return file.extension().equals("md") || file.extension().equals("markdown");
    }

    /** Markdown headings and emphasis marks are markup, not words; links keep their text. */
    private static String markdownToText(String body, InputFile file) {
        if (!isMarkdown(file)) {
            return body;
        }
        return body.replaceAll("(?m)^#{1,6}\\s+(.*?)\\s*#*\\s*$", "\n$1\n")
                .replaceAll("!\\[([^\\]]*)]\\([^)]*\\)", "")
                .replaceAll("\\[([^\\]]+)]\\([^)]*\\)", "$1")
                .replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
                .replaceAll("(?m)^>\\s?", "");
    }
}
