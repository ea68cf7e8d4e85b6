package dev.briefing.thread;

import dev.briefing.article.Article;
import dev.briefing.article.ArticleCodec;
import dev.briefing.article.ArticleStore;
import dev.briefing.article.ContentSketch;
import dev.briefing.article.StoredArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Persists threads, developments and article parts, and rebuilds the online threading state from
 * them, so that a new run (or a restart) continues the same threads with the same codes.
 */
@Repository
public class ThreadStore {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadStore.class);
    /** Articles whose stored signals are read per query while the state is replayed. */
    private static final int ARTICLES_PER_QUERY = 500;
    /** An article's main part is replayed before its cross-references, these in order of thread. */
    private static final Comparator<StoredSignals> WITHIN_ARTICLE = Comparator.comparing(StoredSignals::role, Comparator.reverseOrder())
            .thenComparing(StoredSignals::threadCode);
    private static final Comparator<StoredPart> BY_THREAD_DEVELOPMENT_AND_ARTICLE = Comparator.comparing(StoredPart::threadCode)
            .thenComparing(StoredPart::developmentCode).thenComparing(StoredPart::articleId);

    private final JdbcClient jdbc;
    /** For batched inserts, which JdbcClient does not offer. */
    private final JdbcTemplate batch;

    public ThreadStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** What a stored part contributes to the state, as stored. */
    private record StoredSignals(String threadCode, String developmentCode, String role, String sketch, String terms, String names) {
    }

    /** What a placed article contributes to the state, as stored. */
    private record PlacedArticle(String terms, String actors, String places, boolean dated, LocalDate date, LocalDate earliest,
            LocalDate latest) {
    }

    /**
     * The state of a collection's threading as committed, replayed in the order articles were
     * placed, the {@link PlacementOrder} the thread step reads them in. The database orders
     * the ids alone, from the covering index; the parts' signals are then read a page of articles
     * at a time. Ordered by the database together with their terms and sketches, every part was
     * copied into a temporary store and read back: two fifths of replaying 100,000 articles.
     */
    ThreadingState load(long collectionId) {
        ThreadingState state = new ThreadingState();
        jdbc.sql("SELECT code, label, declared FROM negotiation_thread WHERE collection_id = ? ORDER BY code")
                .param(collectionId)
                .query((rs, row) -> state.addThread(rs.getString("code"), rs.getString("label"), rs.getBoolean("declared")))
                .list();
        List<String> placed = jdbc.sql("SELECT a.id FROM article a WHERE a.collection_id = ?"
                        + " AND EXISTS (SELECT 1 FROM article_part p WHERE p.article_id = a.id)" + PlacementOrder.SQL)
                .param(collectionId).query(String.class).list();
        if (!placed.isEmpty()) {
            // Tens of seconds at 100,000 articles, before the step's progress moves.
            LOG.info("thread: replaying the placements of {} articles threaded before",
                    String.format(Locale.ROOT, "%,d", placed.size()));
        }
        for (int from = 0; from < placed.size(); from += ARTICLES_PER_QUERY) {
            List<String> page = placed.subList(from, Math.min(placed.size(), from + ARTICLES_PER_QUERY));
            Map<String, List<StoredSignals>> parts = new HashMap<>();
            jdbc.sql("SELECT article_id, thread_code, development_code, role, sketch, terms, names FROM article_part"
                            + " WHERE collection_id = :collection AND article_id IN (:ids)")
                    .param("collection", collectionId).param("ids", page)
                    .query(rs -> {
                        parts.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new StoredSignals(rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    });
            Map<String, PlacedArticle> articles = new HashMap<>();
            jdbc.sql("SELECT a.id, t.terms, a.actors, a.places, a.date_status, a.date_value, a.date_earliest, a.date_latest"
                            + " FROM article a JOIN article_text t ON t.article_id = a.id WHERE a.id IN (:ids)")
                    .param("ids", page)
                    .query(rs -> {
                        articles.put(rs.getString(1), new PlacedArticle(rs.getString(2), rs.getString(3), rs.getString(4),
                                !"UNDATED".equals(rs.getString(5)), toLocalDate(rs.getDate(6)), toLocalDate(rs.getDate(7)),
                                toLocalDate(rs.getDate(8))));
                    });
            for (String articleId : page) {
                List<StoredSignals> articleParts = parts.get(articleId);
                articleParts.sort(WITHIN_ARTICLE);
                replay(state, articles.get(articleId), articleParts);
            }
        }
        return state;
    }

    private static void replay(ThreadingState state, PlacedArticle article, List<StoredSignals> parts) {
        TermVector articleVector = state.frequencies().addAndWeigh(ArticleCodec.counts(article.terms()));
        LocalDate bestDate = article.dated() ? article.date() : null;
        for (StoredSignals part : parts) {
            if (bestDate != null) {
                state.passDate(bestDate);
            }
            ThreadingState.ThreadState thread = state.thread(part.threadCode()).orElseThrow();
            if (PartRole.valueOf(part.role()) == PartRole.MAIN) {
                Set<String> names = new TreeSet<>(ArticleCodec.strings(article.actors()));
                names.addAll(ArticleCodec.strings(article.places()));
                state.addToThread(thread, articleVector, names, bestDate);
            }
            state.addToDevelopment(state.restoreDevelopment(part.developmentCode(), thread),
                    ContentSketch.decode(part.sketch()),
                    state.frequencies().tfidf(ArticleCodec.counts(part.terms())),
                    new TreeSet<>(ArticleCodec.strings(part.names())),
                    article.dated() ? article.earliest() : null,
                    article.dated() ? article.latest() : null);
        }
    }

    /**
     * Stores a chunk's placements: its new threads, then its new developments, then the parts, in
     * one batch per table (one statement per row made the writer a twentieth of the thread step).
     */
    public void save(List<? extends ThreadAssignment> assignments, long jobInstanceId) {
        List<Object[]> threadRows = new ArrayList<>();
        List<Object[]> developmentRows = new ArrayList<>();
        List<Object[]> partRows = new ArrayList<>();
        for (ThreadAssignment assignment : assignments) {
            long collectionId = assignment.collectionId();
            for (ThreadAssignment.NewThread thread : assignment.newThreads()) {
                threadRows.add(new Object[] {collectionId, thread.code(), thread.label(), thread.declared(), jobInstanceId});
            }
            for (AssignedPart part : assignment.parts()) {
                if (assignment.newDevelopments().contains(part.developmentCode())) {
                    developmentRows.add(new Object[] {collectionId, part.developmentCode(), part.threadCode()});
                }
                partRows.add(new Object[] {assignment.articleId(), collectionId, part.threadCode(), part.developmentCode(),
                        part.role().name(), part.paragraphs().stream().map(String::valueOf).collect(Collectors.joining(",")),
                        part.words(), part.sketch().encode(), ArticleCodec.encode(part.terms()),
                        ArticleCodec.encode(part.names())});
            }
        }
        batch.batchUpdate("INSERT INTO negotiation_thread (collection_id, code, label, declared, created_by_instance) VALUES (?, ?, ?, ?, ?)",
                threadRows);
        batch.batchUpdate("INSERT INTO development (collection_id, code, thread_code) VALUES (?, ?, ?)", developmentRows);
        batch.batchUpdate("INSERT INTO article_part (article_id, collection_id, thread_code, development_code, role, paragraphs,"
                + " words, sketch, terms, names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", partRows);
    }

    /**
     * Up to {@code limit} articles a thread holds as their main thread, the first placed, without
     * their term counts (labelling reads the text and names).
     */
    List<Article> mainArticles(long collectionId, String threadCode, int limit) {
        return jdbc.sql(ArticleStore.SELECT_WITHOUT_TERMS + " JOIN article_part p ON p.article_id = a.id"
                        + " WHERE p.collection_id = ? AND p.thread_code = ? AND p.role = 'MAIN'"
                        + PlacementOrder.SQL + " FETCH FIRST " + limit + " ROWS ONLY")
                .params(collectionId, threadCode)
                .query(ArticleStore.ROW_MAPPER).list().stream().map(StoredArticle::article).toList();
    }

    void relabel(long collectionId, String threadCode, String label) {
        jdbc.sql("UPDATE negotiation_thread SET label = ? WHERE collection_id = ? AND code = ?")
                .params(label.length() > 500 ? label.substring(0, 499) + "…" : label, collectionId, threadCode).update();
    }

    public List<StoredThread> threads(long collectionId) {
        return jdbc.sql("SELECT code, label, declared, created_by_instance FROM negotiation_thread WHERE collection_id = ? ORDER BY code")
                .param(collectionId)
                .query((rs, row) -> new StoredThread(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4)))
                .list();
    }

    /**
     * The parts of the articles a run read, by thread, development and article. The run's articles
     * are chosen by a subquery an index answers: joined to article rows instead, H2 read every row,
     * body included, to check its last run (a quarter of render at 100,000 articles). Sorted here:
     * ordered by the database, the 100,000 parts of a large run were first copied into a sorted
     * temporary store on disk (a quarter of reading them), and the order is now the same for every
     * database's collation.
     */
    public List<StoredPart> partsSeenBy(long collectionId, long jobInstanceId) {
        List<StoredPart> parts = new ArrayList<>(jdbc.sql("SELECT p.article_id, p.thread_code, p.development_code, p.role,"
                        + " p.paragraphs FROM article_part p WHERE p.collection_id = :collection AND p.article_id IN"
                        + " (" + ArticleStore.IDS_SEEN_BY_RUN + ")")
                .params(ArticleStore.runParameters(collectionId, jobInstanceId))
                .query((rs, row) -> new StoredPart(rs.getString(1), rs.getString(2), rs.getString(3),
                        PartRole.valueOf(rs.getString(4)), parseParagraphs(rs.getString(5))))
                .list());
        parts.sort(BY_THREAD_DEVELOPMENT_AND_ARTICLE);
        return parts;
    }

    private static List<Integer> parseParagraphs(String encoded) {
        return encoded.isEmpty() ? List.of() : java.util.Arrays.stream(encoded.split(",")).map(Integer::valueOf).toList();
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
