package dev.briefing.thread;

import dev.briefing.Seeds;
import dev.briefing.article.Article;
import dev.briefing.article.ArticleStore;
import dev.briefing.article.StoredArticle;
import dev.briefing.ingest.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thread step's processor and writer against the real store: placements persist, and a
 * processor started later (a new run, or a restart) continues the same threads and developments.
 */
@SpringBootTest(properties = "briefing.cli.enabled=false")
class ThreadingProcessorTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ScratchDatabase.register(registry, "threading");
    }

    @Autowired
    ArticleStore articles;
    @Autowired
    ThreadStore threads;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate batch;

    private ThreadingProcessor processor(long collectionId) {
        return processor(threads, collectionId);
    }

    private ThreadingProcessor processor(ThreadStore store, long collectionId) {
        ThreadingProcessor processor = new ThreadingProcessor(store, collectionId, Seeds.PROFILE,
                new SignalExtractor(Seeds.TERMS, Seeds.ENTITIES), Seeds.TERMS, Seeds.FINGERPRINTER, Seeds.GAZETTEER);
        processor.beforeStep(null);
        return processor;
    }

    private long thread(String collection, List<Article> inDateOrder) throws InterruptedException {
        long collectionId = articles.collectionId(collection);
        ThreadingProcessor processor = processor(collectionId);
        ThreadAssignmentWriter writer = new ThreadAssignmentWriter(threads, 1);
        for (Article article : inDateOrder) {
            articles.save(article, 1);
            writer.write(new Chunk<>(processor.process(new StoredArticle(collectionId, article))));
        }
        return collectionId;
    }

    /** As the step does: a chunk is read first (each read starting the article's signals), then processed in order. */
    private long threadReadingAhead(String collection, List<Article> inDateOrder) throws InterruptedException {
        long collectionId = articles.collectionId(collection);
        ThreadingProcessor processor = processor(collectionId);
        List<StoredArticle> chunk = inDateOrder.stream().map(article -> new StoredArticle(collectionId, article)).toList();
        chunk.forEach(stored -> articles.save(stored.article(), 1));
        chunk.forEach(processor::afterRead);
        ThreadAssignmentWriter writer = new ThreadAssignmentWriter(threads, 1);
        for (StoredArticle stored : chunk) {
            writer.write(new Chunk<>(processor.process(stored)));
        }
        return collectionId;
    }

    @Test
    void signalsComputedWhileEarlierArticlesArePlacedGiveTheSamePlacements() throws InterruptedException {
        long inline = thread("/threading/inline", Seeds.articlesInDateOrder("/threading/inline"));
        long ahead = threadReadingAhead("/threading/ahead", Seeds.articlesInDateOrder("/threading/ahead"));

        assertThat(placements(ahead)).hasSize(8).isEqualTo(placements(inline));
    }

    @Test
    void aLaterRunContinuesTheSameThreadsAndDevelopments() throws InterruptedException {
        List<Article> seeds = Seeds.articlesInDateOrder("/threading/continues");
        long collection = thread("/threading/continues", seeds.stream().filter(a -> !a.source().path().equals(Seeds.ANKARA_ROUNDUP)).toList());

        Article roundup = Seeds.article(Seeds.ANKARA_ROUNDUP, "/threading/continues");
        articles.save(roundup, 2);
        ThreadAssignment late = processor(collection).process(new StoredArticle(collection, roundup));

        assertThat(late.newThreads()).as("no thread is created again").isEmpty();
        String meetingDevelopment = threads.partsSeenBy(collection, 1).stream()
                .filter(p -> p.threadCode().equals("turkey-hamas-channel")).findFirst().orElseThrow().developmentCode();
        assertThat(late.parts()).filteredOn(p -> p.threadCode().equals("turkey-hamas-channel"))
                .extracting(AssignedPart::developmentCode).containsExactly(meetingDevelopment);
    }

    @Test
    void threadingTheSameInputTwiceGivesTheSameCodes() throws InterruptedException {
        long first = thread("/threading/first", Seeds.articlesInDateOrder("/threading/first"));
        long second = thread("/threading/second", Seeds.articlesInDateOrder("/threading/second"));

        assertThat(placements(first)).hasSize(8).isEqualTo(placements(second));
    }

    @Test
    void partsComeBackByThreadDevelopmentAndArticle() throws InterruptedException {
        long collection = thread("/threading/order", Seeds.articlesInDateOrder("/threading/order"));

        assertThat(threads.partsSeenBy(collection, 1)).hasSize(8).isSortedAccordingTo(java.util.Comparator
                .comparing(StoredPart::threadCode).thenComparing(StoredPart::developmentCode).thenComparing(StoredPart::articleId));
    }

    /**
     * Replaying every placement so far takes over a minute at 100,000 articles, so a step with
     * nothing to place must not do it; the first article read does.
     */
    @Test
    void theStateIsReplayedOnlyWhenAnArticleArrives() throws InterruptedException {
        long collectionId = thread("/threading/replayed", Seeds.articlesInDateOrder("/threading/replayed").stream()
                .filter(a -> !a.source().path().equals(Seeds.ANKARA_ROUNDUP)).toList());
        AtomicInteger replays = new AtomicInteger();
        ThreadStore counting = new ThreadStore(jdbc, batch) {
            @Override
            ThreadingState load(long collection) {
                replays.incrementAndGet();
                return super.load(collection);
            }
        };

        ThreadingProcessor nothingNew = processor(counting, collectionId);
        nothingNew.afterStep(MetaDataInstanceFactory.createStepExecution());
        assertThat(replays).as("a step that read no article").hasValue(0);

        ThreadingProcessor oneNew = processor(counting, collectionId);
        Article late = Seeds.article(Seeds.ANKARA_ROUNDUP, "/threading/replayed");
        articles.save(late, 2);
        StoredArticle stored = new StoredArticle(collectionId, late);
        oneNew.afterRead(stored);
        ThreadAssignment placed = oneNew.process(stored);
        oneNew.afterStep(MetaDataInstanceFactory.createStepExecution());

        assertThat(replays).as("once, for the first article").hasValue(1);
        assertThat(placed.newThreads()).as("placed among the threads replayed, none created again").isEmpty();
    }

    /** Where each article's parts went, by source file, independent of the collection's article ids. */
    private List<String> placements(long collectionId) {
        java.util.Map<String, String> files = new java.util.HashMap<>();
        articles.seenBy(collectionId, 1).forEach(a -> files.put(a.id(), a.source().path()));
        return threads.partsSeenBy(collectionId, 1).stream()
                .map(p -> files.get(p.articleId()) + " " + p.threadCode() + " " + p.developmentCode() + " " + p.role())
                .sorted().toList();
    }
}
