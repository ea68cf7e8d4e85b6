package dev.briefing.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Saved web pages: the article body is taken from the page chrome (menus, share bars, related
 * links, cookie notices), and title, outlet, address, language and date from the page's own
 * metadata. A page cut off before its end is still read, with a note saying so.
 */
public final class HtmlFormat implements ArticleFormat {

    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml");

    @Override
    public String name() {
        return "html";
    }

    @Override
    public boolean handles(InputFile file, String text) {
        if (EXTENSIONS.contains(file.extension())) {
            return true;
        }
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    @Override
    public List<ReadResult> read(InputFile file, String text, ReadContext context) {
        Document page = Jsoup.parse(text);
        Element body = HtmlText.articleBody(page.body());
        List<String> blocks = HtmlText.blocks(body);
        if (blocks.isEmpty()) {
            return List.of(new ReadResult.Rejected(file.source(), "the page holds no readable text"));
        }
        PageMetadata.Read metadata = PageMetadata.of(page, body);
        List<String> notes = new ArrayList<>(context.decodingNotes());
        metadata.note().ifPresent(notes::add);
        if (!text.toLowerCase(Locale.ROOT).contains("</html>")) {
            notes.add("the page seems cut off (it has no closing </html>); its text was read as far as it goes");
        }
        return List.of(new ReadResult.Read(new SourceDocument(context.collection(), file.source(), name(), blocks,
                metadata.metadata().orElse(context.catalogueMetadata()), notes)));
    }
}
