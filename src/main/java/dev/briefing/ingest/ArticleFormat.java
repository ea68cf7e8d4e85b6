package dev.briefing.ingest;

import java.util.List;

/** One input format: which files it reads and how it turns their text into articles. */
public interface ArticleFormat {

    /** Short name stored with each article ("text", "html", "rss" ...). */
    String name();

    boolean handles(InputFile file, String text);

    /**
     * Every article (or rejected record) in the file. A format must not throw for bad content: a
     * file it cannot use at all is one {@link ReadResult.Rejected} with a specific reason.
     */
    List<ReadResult> read(InputFile file, String text, ReadContext context);
}
