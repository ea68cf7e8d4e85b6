package dev.briefing.ingest;

import com.sun.net.httpserver.HttpServer;
import dev.briefing.article.DateCandidate;
import dev.briefing.article.DateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class FeedFormatTest {

    @Test
    void readsEachRssItemAsAnArticleKeyedByItsGuid() {
        List<ReadResult> results = Corpus.read("feeds/world-news.rss");

        assertThat(results).hasSize(3);
        SourceDocument first = Corpus.document(results.get(0));
        assertThat(first.source().record()).isEqualTo("wire-2024-02-13-0042");
        assertThat(first.format()).isEqualTo("rss");
        assertThat(first.metadata().title()).isEqualTo("CIA director joins Cairo talks on Gaza hostages");
        assertThat(first.metadata().outlet()).isEqualTo("Example Wire: Middle East");
        assertThat(first.metadata().language()).isEqualTo("en-gb");
        assertThat(first.metadata().dates()).containsExactly(new DateCandidate("2024-02-13T17:05Z", DateSource.RECORD_METADATA));
        assertThat(first.blocks()).hasSize(2).first().asString().startsWith("CIA director William Burns joined talks in Cairo");
        assertThat(Corpus.document(results.get(1)).blocks()).containsExactly("Relatives of hostages held in Gaza protested outside the"
                + " Defence Ministry in Tel Aviv on Thursday, calling on the government to accept a deal.");
        assertThat(Corpus.reason(results.get(2))).isEqualTo("the feed item has no text");
        assertThat(results.get(2).source().record()).isEqualTo("wire-2024-02-15-0011");
    }

    @Test
    void readsAtomEntriesWithPublishedOrUpdatedDates() {
        List<ReadResult> results = Corpus.read("feeds/briefings.atom");

        assertThat(results).hasSize(2).allMatch(r -> r instanceof ReadResult.Read);
        SourceDocument madrid = Corpus.document(results.get(0));
        assertThat(madrid.format()).isEqualTo("atom");
        assertThat(madrid.metadata().url()).isEqualTo("https://policy.example/briefings/madrid-contact-group");
        assertThat(madrid.metadata().dates()).first().isEqualTo(new DateCandidate("2024-09-13T19:00Z", DateSource.RECORD_METADATA));
        assertThat(Corpus.document(results.get(1)).metadata().dates())
                .containsExactly(new DateCandidate("2024-09-12T16:00Z", DateSource.RECORD_METADATA));
    }

    @Test
    void rejectsMalformedXmlWithTheParsersReason() {
        assertThat(Corpus.reason(Corpus.read("feeds/malformed.rss").get(0)))
                .startsWith("not a well-formed RSS or Atom feed:").contains("must be terminated");
    }

    @Test
    void neverResolvesAnExternalEntity(@TempDir Path folder) throws Exception {
        Path canary = Files.writeString(folder.resolve("canary.txt"), "CANARY-7f3e");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        server.start();
        try {
            String feed = """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [
                      <!ENTITY file SYSTEM "%s">
                      <!ENTITY web SYSTEM "http://127.0.0.1:%d/entity">
                      <!ENTITY %% param SYSTEM "http://127.0.0.1:%d/dtd"> %%param;
                    ]>
                    <rss version="2.0"><channel><title>t</title><item><title>x</title><description>&file; &web;</description></item></channel></rss>
                    """.formatted(canary.toUri(), server.getAddress().getPort(), server.getAddress().getPort());
            Path file = Files.writeString(folder.resolve("feed.xml"), feed);

            List<ReadResult> results = new InputReader(Corpus.FORMATS, 1_000_000).read(new InputFile(file, "feed.xml"), "/c", Catalogue.EMPTY);

            assertThat(Corpus.reason(results.get(0))).contains("declares a document type").contains("no external entity");
            assertThat(results).noneMatch(r -> r instanceof ReadResult.Read read && String.join(" ", read.document().blocks()).contains("CANARY"));
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }
}
