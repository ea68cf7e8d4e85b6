package dev.briefing.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.briefing.article.DateCandidate;
import dev.briefing.article.DateSource;
import dev.briefing.article.SourceRef;

import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feed files, read with ROME: one article per item or entry, with
 * its title, link, publication (or update) date and content. The feed's title names the outlet.
 * Document type declarations are refused, so no external entity is ever resolved: a feed that
 * declares one is skipped with that reason rather than read with anything left out.
 */
public final class FeedFormat implements ArticleFormat {

    private static final Set<String> EXTENSIONS = Set.of("rss", "atom", "rdf", "xml");
    private static final Pattern FEED_ROOT = Pattern.compile("(?s)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!DOCTYPE[^>]*>\\s*)?<(rss|feed|rdf:RDF)\\b");
    private static final Pattern DOCTYPE = Pattern.compile("(?i)<!DOCTYPE");

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public boolean handles(InputFile file, String text) {
        return EXTENSIONS.contains(file.extension()) || FEED_ROOT.matcher(text).lookingAt();
    }

    @Override
    public List<ReadResult> read(InputFile file, String text, ReadContext context) {
        if (DOCTYPE.matcher(text).find()) {
            return List.of(new ReadResult.Rejected(file.source(), "the feed declares a document type (DOCTYPE); it is not read,"
                    + " so that no external entity it names can be resolved"));
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(text));
        } catch (FeedException | IllegalArgumentException e) {
            return List.of(new ReadResult.Rejected(file.source(), "not a well-formed RSS or Atom feed: " + rootMessage(e)));
        }
        String format = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "atom" : "rss";
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            return List.of(new ReadResult.Rejected(file.source(), "the feed has no items"));
        }
        List<ReadResult> results = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            SourceRef source = new SourceRef(file.relativePath(), entryKey(entry, i + 1));
            List<String> blocks = HtmlText.fragmentBlocks(content(entry));
            if (blocks.isEmpty()) {
                results.add(new ReadResult.Rejected(source, "the feed item has no text"));
                continue;
            }
            List<DateCandidate> dates = new ArrayList<>();
            addDate(dates, entry.getPublishedDate());
            addDate(dates, entry.getUpdatedDate());
            SourceMetadata metadata = new SourceMetadata(entry.getTitle(), feed.getTitle(), entry.getLink(), feed.getLanguage(), dates);
            results.add(new ReadResult.Read(new SourceDocument(context.collection(), source, format, blocks,
                    metadata.orElse(context.catalogueMetadata()), context.decodingNotes())));
        }
        return results;
    }

    /**
     * The item's own identifier (guid or link), so that its key survives the feed gaining or
     * losing items; its position only when it has neither.
     */
    private static String entryKey(SyndEntry entry, int position) {
        String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : entry.getLink();
        return id == null || id.isBlank() ? "item " + position : id.strip();
    }

    private static String content(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) {
                html.append(content.getValue()).append('\n');
            }
        }
        if (html.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
        }
        return html.toString();
    }

    private static void addDate(List<DateCandidate> dates, Date date) {
        if (date != null) {
            dates.add(new DateCandidate(date.toInstant().atOffset(ZoneOffset.UTC).toString(), DateSource.RECORD_METADATA));
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
    }
}
