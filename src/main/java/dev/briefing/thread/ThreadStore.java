package dev.briefing.thread;

import dev.briefing.article.Article;
import dev.briefing.article.ArticleCodec;
import dev.briefing.article.ArticleStore;
import dev.briefing.article.ContentSketch;
import dev.briefing.article.StoredArticle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    private final JdbcClient jdbc;
    /** For batched inserts, which JdbcClient does not offer. */
    private final JdbcTemplate batch;

    public ThreadStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The state of a collection's threading as committed, replayed in the order articles were placed. */
    ThreadingState load(long collectionId) {
        ThreadingState state = new ThreadingState();
        jdbc.sql("SELECT code, label, declared FROM negotiation_thread WHERE collection_id = ? ORDER BY code")
                .param(collectionId)
                .query((rs, row) -> state.addThread(rs.getString("code"), rs.getString("label"), rs.getBoolean("declared")))
                .list();
        String[] currentArticle = {null};
        TermVector[] articleVector = new TermVector[1];
        jdbc.sql("SELECT p.article_id, p.thread_code, p.development_code, p.role, p.sketch, p.terms, p.names,"
                        + " a.terms AS article_terms, a.actors, a.places, a.date_status, a.date_value, a.date_earliest, a.date_latest"
                        + " FROM article_part p JOIN article a ON a.id = p.article_id WHERE p.collection_id = ?"
                        + " ORDER BY COALESCE(a.date_value, DATE '9999-12-31'), a.id, p.role DESC, p.thread_code")
                .param(collectionId)
                .query(rs -> {
                    String articleId = rs.getString("article_id");
                    if (!articleId.equals(currentArticle[0])) {
                        currentArticle[0] = articleId;
                        articleVector[0] = state.frequencies().addAndWeigh(ArticleCodec.counts(rs.getString("article_terms")));
                    }
                    boolean dated = !"UNDATED".equals(rs.getString("date_status"));
                    LocalDate bestDate = dated ? rs.getDate("date_value").toLocalDate() : null;
                    if (bestDate != null) {
                        state.passDate(bestDate);
                    }
                    ThreadingState.ThreadState thread = state.thread(rs.getString("thread_code")).orElseThrow();
                    if (PartRole.valueOf(rs.getString("role")) == PartRole.MAIN) {
                        Set<String> names = new TreeSet<>(ArticleCodec.strings(rs.getString("actors")));
                        names.addAll(ArticleCodec.strings(rs.getString("places")));
                        state.addToThread(thread, articleVector[0], names, bestDate);
                    }
                    Map<String, Integer> partTerms = ArticleCodec.counts(rs.getString("terms"));
                    state.addToDevelopment(state.restoreDevelopment(rs.getString("development_code"), thread),
                            ContentSketch.decode(rs.getString("sketch")),
                            state.frequencies().tfidf(partTerms),
                            new TreeSet<>(ArticleCodec.strings(rs.getString("names"))),
                            dated ? toLocalDate(rs.getDate("date_earliest")) : null,
                            dated ? toLocalDate(rs.getDate("date_latest")) : null);
                });
        return state;
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
     * Up to {@code limit} articles a thread holds as their main thread, in date order, without
     * their term counts (labelling reads the text and names).
     */
    List<Article> mainArticles(long collectionId, String threadCode, int limit) {
        return jdbc.sql(ArticleStore.SELECT_WITHOUT_TERMS + " JOIN article_part p ON p.article_id = a.id"
                        + " WHERE p.collection_id = ? AND p.thread_code = ? AND p.role = 'MAIN'"
                        + " ORDER BY COALESCE(a.date_value, DATE '9999-12-31'), a.id FETCH FIRST " + limit + " ROWS ONLY")
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
     * The parts of the articles a run read, in a stable order. The run's articles are chosen by a
     * subquery the covering index answers: joined instead, H2 read every article row, body
     * included, to check its last run (a quarter of render at 100,000 articles).
     */
    public List<StoredPart> partsSeenBy(long collectionId, long jobInstanceId) {
        return jdbc.sql("SELECT p.article_id, p.thread_code, p.development_code, p.role, p.paragraphs FROM article_part p"
                        + " WHERE p.collection_id = ? AND p.article_id IN"
                        + " (SELECT a.id FROM article a WHERE a.collection_id = ? AND a.last_seen_instance = ?)"
                        + " ORDER BY p.thread_code, p.development_code, p.article_id")
                .params(collectionId, collectionId, jobInstanceId)
                .query((rs, row) -> new StoredPart(rs.getString(1), rs.getString(2), rs.getString(3),
                        PartRole.valueOf(rs.getString(4)), parseParagraphs(rs.getString(5))))
                .list();
    }

    private static List<Integer> parseParagraphs(String encoded) {
        return encoded.isEmpty() ? List.of() : java.util.Arrays.stream(encoded.split(",")).map(Integer::valueOf).toList();
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
