package dev.briefing.article;

import dev.briefing.Seeds;
import dev.briefing.ingest.InputIssue;
import dev.briefing.ingest.InputIssueStore;
import dev.briefing.ingest.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "briefing.cli.enabled=false")
class ArticleStoreTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ScratchDatabase.register(registry, "store");
    }

    @Autowired
    ArticleStore store;
    @Autowired
    InputIssueStore issues;
    @Autowired
    JdbcClient jdbc;

    @Test
    void storingTheSameSourceAgainUpdatesInsteadOfDuplicating() {
        Article article = Seeds.article(Seeds.CAIRO_EFE, "/store/upsert");
        store.save(article, 1);
        store.save(article, 2);
        long collection = store.collectionId("/store/upsert");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE collection_id = ?").param(collection).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(store.seenBy(collection, 2)).containsExactly(article);
        assertThat(store.seenBy(collection, 1)).as("the later run saw it last").isEmpty();
    }

    @Test
    void storingAChangedTextReplacesTheStoredTextAndTerms() {
        Article article = Seeds.article(Seeds.CAIRO_EFE, "/store/changed");
        store.save(article, 1);
        Article changed = withBodyAndTitle(article, article.body().subList(0, 2), article.title(), "f".repeat(64));
        store.save(changed, 2);

        assertThat(store.seenBy(store.collectionId("/store/changed"), 2)).containsExactly(changed);
    }

    @Test
    void anArticleReadsBackAsItWasStored() {
        List<Article> seeds = Seeds.articlesInDateOrder("/store/roundtrip");
        seeds.forEach(article -> store.save(article, 7));

        assertThat(store.seenBy(store.collectionId("/store/roundtrip"), 7)).containsExactlyInAnyOrderElementsOf(seeds);
    }

    @Test
    void outlinesKeepWhatAListOfSourcesNeedsAndTheFullTextIsLoadedById() {
        List<Article> seeds = new java.util.ArrayList<>(Seeds.articlesInDateOrder("/store/outlines"));
        Article titled = seeds.get(1);
        Article untitled = withBodyAndTitle(titled, titled.body(), null, titled.fingerprint());
        seeds.set(1, untitled);
        seeds.forEach(article -> store.save(article, 8));
        long collection = store.collectionId("/store/outlines");

        List<Article> outlines = store.outlinesSeenBy(collection, 8);

        assertThat(outlines).hasSize(seeds.size()).allSatisfy(outline -> {
            Article full = seeds.stream().filter(a -> a.id().equals(outline.id())).findFirst().orElseThrow();
            assertThat(outline).isEqualTo(full.outline());
            assertThat(outline.terms()).isEmpty();
            assertThat(outline.entities()).isEqualTo(Entities.NONE);
            assertThat(outline.displayTitle()).isEqualTo(full.displayTitle());
            assertThat(outline.date()).isEqualTo(full.date());
            assertThat(outline.outlet()).isEqualTo(full.outlet());
        });
        assertThat(outlines).filteredOn(Article::hasOwnTitle).as("listed by their titles: no text").allSatisfy(outline ->
                assertThat(outline.body()).isEmpty());
        Article untitledOutline = outlines.stream().filter(a -> a.id().equals(untitled.id())).findFirst().orElseThrow();
        assertThat(untitledOutline.body()).as("listed by its opening words").hasSize(1);
        assertThat(untitledOutline.displayTitle()).isNotBlank().isEqualTo(untitled.displayTitle());
        List<String> two = List.of(seeds.get(0).id(), seeds.get(3).id());
        assertThat(store.byIds(two)).containsExactlyInAnyOrder(seeds.get(0), seeds.get(3));
    }

    private static Article withBodyAndTitle(Article article, List<Paragraph> body, String title, String fingerprint) {
        return new Article(article.id(), article.collection(), article.source(), article.format(), title, article.outlet(),
                article.url(), article.language(), body, article.date(), fingerprint, article.sketch(),
                article.entities(), article.terms(), article.notes());
    }

    @Test
    void recordsEachIssueOncePerRun() {
        long collection = store.collectionId("/store/issues");
        InputIssue issue = new InputIssue("empty.txt", InputIssue.Severity.SKIPPED, "the file is empty");

        issues.record(11, collection, issue);
        issues.record(11, collection, issue);

        assertThat(issues.forRun(11)).containsExactly(issue);
        assertThat(issues.forRun(12)).isEmpty();
    }
}
