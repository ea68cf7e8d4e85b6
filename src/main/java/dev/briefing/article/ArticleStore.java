package dev.briefing.article;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores articles, keyed by collection and source, so that reading the same input again updates
 * an article instead of duplicating it. Portable SQL: runs on H2 and PostgreSQL.
 */
@Repository
public class ArticleStore {

    private static final String SOURCE_AND_DATE = "SELECT a.id, a.collection_id, c.root, a.source_path, a.source_record, a.format,"
            + " a.title, a.outlet, a.url, a.language, a.date_status, a.date_value, a.date_earliest, a.date_latest,"
            + " a.date_source, a.date_evidence, a.fingerprint, a.sketch, a.notes, ";
    private static final String FROM = " FROM article a JOIN collection c ON c.id = a.collection_id";
    /** The text and term counts are a table of their own (see the V10 migration): joined only where read. */
    private static final String FROM_WITH_TEXT = FROM + " JOIN article_text t ON t.article_id = a.id";

    /** Selects every article column, for {@link #ROW_MAPPER}; append a WHERE clause. */
    public static final String SELECT = SOURCE_AND_DATE + "t.body, a.actors, a.places, a.mediators, t.terms" + FROM_WITH_TEXT;

    /**
     * Selects every article column but the term counts, which come back empty: for readers of the
     * text and names (labelling decoded 50 articles' counts per thread only to drop them).
     */
    public static final String SELECT_WITHOUT_TERMS = SOURCE_AND_DATE + "t.body, a.actors, a.places, a.mediators, '{}' AS terms"
            + FROM_WITH_TEXT;

    /**
     * Selects what an {@linkplain Article#outline() outline} keeps but its opening paragraph, without
     * reading the text table at all: the body comes back empty, as do the names and terms.
     */
    private static final String SELECT_OUTLINE = SOURCE_AND_DATE + "'[]' AS body, '[]' AS actors, '[]' AS places,"
            + " '[]' AS mediators, '{}' AS terms" + FROM;

    /**
     * The ids of the articles a run read; bind {@link #runParameters}. Those its
     * ingest stored or found again name the run in their sighting; those of the files it carried
     * forward unchanged are found by file, as the file's last read left them (V11). The database
     * answers both from indexes, without reading article rows. The two never share an article: an
     * article read from a file names the file, and a run either reads a file or carries it forward.
     * The union is a derived table: inside IN, a bare union was run again by H2 for every row it
     * checked (listing the parts of 100,000 articles had not finished after ten minutes; 3 s now).
     */
    public static final String IDS_SEEN_BY_RUN = "SELECT seen.article_id FROM (SELECT s.article_id FROM article_sighting s"
            + " WHERE s.collection_id = :collection AND s.last_seen_instance = :run"
            + " UNION ALL SELECT s.article_id FROM input_file f JOIN article_sighting s ON s.collection_id = f.collection_id"
            + " AND s.source_path = f.path AND s.last_seen_instance >= f.read_by_instance"
            + " WHERE f.collection_id = :collection AND f.carried_by_instance = :run) seen";

    /**
     * The articles a run read (alias {@code a}); bind {@link #runParameters}, and append
     * conditions with AND. The index the V9 migration gives article rows answers for their
     * date, source key and runs, found by the ids, without reading the rows.
     */
    public static final String ARTICLES_SEEN_BY_RUN = " FROM article a WHERE a.collection_id = :collection AND a.id IN ("
            + IDS_SEEN_BY_RUN + ")";

    /** The parameters of {@link #IDS_SEEN_BY_RUN} and {@link #ARTICLES_SEEN_BY_RUN}: the collection and the run. */
    public static Map<String, Object> runParameters(long collectionId, long jobInstanceId) {
        return Map.of("collection", collectionId, "run", jobInstanceId);
    }

    /** Maps a row selected with {@link #SELECT}. */
    public static final RowMapper<StoredArticle> ROW_MAPPER = ArticleStore::mapRow;

    /**
     * Ids bound into one IN list. H2 checks each row it finds against the whole list again, so
     * shorter lists read faster despite the extra queries: 100,000 outlines in pages of 100 took
     * 0.76-0.98 s against 1.17-1.31 s in pages of 500 (warm; 2.0-2.25 s against 2.47-2.56 s cold).
     */
    private static final int IDS_PER_QUERY = 100;

    private final JdbcClient jdbc;

    public ArticleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The collection rooted at {@code root}, if any run has read it. */
    public Optional<Long> findCollection(String root) {
        return jdbc.sql("SELECT id FROM collection WHERE root = ?").param(root).query(Long.class).optional();
    }

    /** The latest run that read the collection (the job instance that last saw any of its articles). */
    public Optional<Long> latestRun(long collectionId) {
        return jdbc.sql("SELECT MAX(run) FROM (SELECT MAX(last_seen_instance) AS run FROM article_sighting WHERE collection_id = :collection"
                        + " UNION ALL SELECT MAX(carried_by_instance) FROM input_file WHERE collection_id = :collection) runs")
                .param("collection", collectionId).query(Long.class).optional();
    }

    /** The id of the collection rooted at {@code root}, created on first use. */
    public long collectionId(String root) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM collection WHERE root = ?").param(root).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("INSERT INTO collection (root) VALUES (?)").param(root).update();
        return jdbc.sql("SELECT id FROM collection WHERE root = ?").param(root).query(Long.class).single();
    }

    /**
     * Inserts the article into its collection, or updates the stored one from the same source, and
     * records the run as the last that read it. When the content changed, its thread assignment is
     * dropped so that threading looks at it again.
     */
    public void save(Article article, long jobInstanceId) {
        long collectionId = collectionId(article.collection());
        Optional<String> storedFingerprint = jdbc.sql("SELECT fingerprint FROM article WHERE id = ?")
                .param(article.id()).query(String.class).optional();
        if (storedFingerprint.isPresent() && !storedFingerprint.get().equals(article.fingerprint())) {
            jdbc.sql("DELETE FROM article_part WHERE article_id = ?").param(article.id()).update();
        }
        String sql = storedFingerprint.isPresent()
                ? "UPDATE article SET source_key = :sourceKey, source_path = :sourcePath, source_record = :sourceRecord,"
                + " format = :format, title = :title, outlet = :outlet, url = :url, language = :language,"
                + " date_status = :dateStatus, date_value = :dateValue, date_earliest = :dateEarliest,"
                + " date_latest = :dateLatest, date_source = :dateSource, date_evidence = :dateEvidence,"
                + " fingerprint = :fingerprint, sketch = :sketch, actors = :actors, places = :places,"
                + " mediators = :mediators, notes = :notes,"
                + " stored_by_instance = CASE WHEN fingerprint = :fingerprint THEN stored_by_instance ELSE :instance END"
                + " WHERE id = :id"
                : "INSERT INTO article (id, collection_id, source_key, source_path, source_record, format, title, outlet,"
                + " url, language, date_status, date_value, date_earliest, date_latest, date_source,"
                + " date_evidence, fingerprint, sketch, actors, places, mediators, notes,"
                + " stored_by_instance, first_seen_instance) VALUES (:id, :collectionId, :sourceKey, :sourcePath,"
                + " :sourceRecord, :format, :title, :outlet, :url, :language, :dateStatus, :dateValue,"
                + " :dateEarliest, :dateLatest, :dateSource, :dateEvidence, :fingerprint, :sketch, :actors, :places,"
                + " :mediators, :notes, :instance, :instance)";
        PublicationDate date = article.date();
        jdbc.sql(sql)
                .param("id", article.id())
                .param("collectionId", collectionId)
                .param("sourceKey", article.source().key())
                .param("sourcePath", article.source().path())
                .param("sourceRecord", article.source().record())
                .param("format", article.format())
                .param("title", article.title())
                .param("outlet", article.outlet())
                .param("url", article.url())
                .param("language", article.language())
                .param("dateStatus", date.status().name())
                .param("dateValue", sqlDate(date.date()))
                .param("dateEarliest", sqlDate(date.earliest()))
                .param("dateLatest", sqlDate(date.latest()))
                .param("dateSource", date.source().name())
                .param("dateEvidence", date.evidence())
                .param("fingerprint", article.fingerprint())
                .param("sketch", article.sketch().encode())
                .param("actors", ArticleCodec.encode(article.entities().actors()))
                .param("places", ArticleCodec.encode(article.entities().places()))
                .param("mediators", ArticleCodec.encode(article.entities().mediators()))
                .param("notes", ArticleCodec.encode(article.notes()))
                .param("instance", jobInstanceId)
                .update();
        String text = storedFingerprint.isPresent()
                ? "UPDATE article_text SET body = :body, terms = :terms WHERE article_id = :id"
                : "INSERT INTO article_text (article_id, body, terms) VALUES (:id, :body, :terms)";
        jdbc.sql(text)
                .param("id", article.id())
                .param("body", ArticleCodec.encode(article.body()))
                .param("terms", ArticleCodec.encode(article.terms()))
                .update();
        String sighting = storedFingerprint.isPresent()
                ? "UPDATE article_sighting SET source_path = :sourcePath, last_seen_instance = :instance WHERE article_id = :id"
                : "INSERT INTO article_sighting (article_id, collection_id, source_path, last_seen_instance)"
                + " VALUES (:id, :collectionId, :sourcePath, :instance)";
        jdbc.sql(sighting)
                .param("id", article.id())
                .param("collectionId", collectionId)
                .param("sourcePath", article.source().path())
                .param("instance", jobInstanceId)
                .update();
    }

    public int countSeenBy(long collectionId, long jobInstanceId) {
        return jdbc.sql("SELECT COUNT(*) FROM (" + IDS_SEEN_BY_RUN + ") ids")
                .params(runParameters(collectionId, jobInstanceId)).query(Integer.class).single();
    }

    /** Every article of the collection that the given run read, in a stable order. */
    public List<Article> seenBy(long collectionId, long jobInstanceId) {
        return jdbc.sql(SELECT + " WHERE a.id IN (" + IDS_SEEN_BY_RUN + ") ORDER BY a.source_key")
                .params(runParameters(collectionId, jobInstanceId))
                .query(ROW_MAPPER).list().stream().map(StoredArticle::article).toList();
    }

    /**
     * The {@linkplain Article#outline() outline} of every article the given run read, in the order
     * of their source keys, so that a run of many articles never holds all their texts at once.
     * The ids come first (from the narrow table's index), then the rows a page of ids at a time: in one
     * query, H2 copied every row past its in-memory limit, bodies included, into a temporary store
     * before returning the first (half of assembling a 100,000-article briefing). Sorted here, not
     * by the database, which would sort the rows with their bodies. The text is read only for the
     * articles without a title of their own, which the briefing lists by their opening words.
     */
    public List<Article> outlinesSeenBy(long collectionId, long jobInstanceId) {
        List<String> ids = jdbc.sql(IDS_SEEN_BY_RUN)
                .params(runParameters(collectionId, jobInstanceId)).query(String.class).list();
        Map<String, Article> outlines = new HashMap<>(ids.size() * 2);
        forEachWithId(SELECT_OUTLINE, ids, row -> outlines.put(row.article().id(), row.article()));
        List<String> untitled = ids.stream().filter(id -> !outlines.get(id).hasOwnTitle()).toList();
        forEachWithId(SELECT_WITHOUT_TERMS, untitled, row -> outlines.put(row.article().id(), row.article().outline()));
        List<Article> sorted = new ArrayList<>(outlines.values());
        sorted.sort(Comparator.comparing(article -> article.source().key()));
        return sorted;
    }

    /** The articles with these ids, in full, in no particular order. */
    public List<Article> byIds(Collection<String> ids) {
        return inOrder(List.copyOf(ids)).stream().map(StoredArticle::article).toList();
    }

    /** The stored articles with these ids, in full, in the order of the ids; ids no longer stored are left out. */
    public List<StoredArticle> inOrder(List<String> ids) {
        Map<String, StoredArticle> found = new HashMap<>(ids.size() * 2);
        forEachWithId(SELECT, ids, row -> found.put(row.article().id(), row));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Maps the rows {@code select} finds with these ids, a page of ids per query, in no particular order. */
    private void forEachWithId(String select, List<String> ids, java.util.function.Consumer<StoredArticle> action) {
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> page = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            jdbc.sql(select + " WHERE a.id IN (:ids)").param("ids", page).query(ROW_MAPPER).list().forEach(action);
        }
    }

    /**
     * The ids of the articles that a run read and that runs after {@code sinceInstance} found
     * changed, though an earlier run had read them already.
     */
    public java.util.Set<String> changedSince(long collectionId, long jobInstanceId, long sinceInstance) {
        return new java.util.TreeSet<>(jdbc.sql("SELECT a.id" + ARTICLES_SEEN_BY_RUN
                        + " AND a.stored_by_instance > :since AND a.first_seen_instance <= :since")
                .params(runParameters(collectionId, jobInstanceId)).param("since", sinceInstance)
                .query(String.class).list());
    }

    /** The ids of the articles that a run read and that no run up to {@code sinceInstance} had read. */
    public java.util.Set<String> firstSeenSince(long collectionId, long jobInstanceId, long sinceInstance) {
        return new java.util.TreeSet<>(jdbc.sql("SELECT a.id" + ARTICLES_SEEN_BY_RUN + " AND a.first_seen_instance > :since")
                .params(runParameters(collectionId, jobInstanceId)).param("since", sinceInstance)
                .query(String.class).list());
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static StoredArticle mapRow(ResultSet rs, int rowNum) throws SQLException {
        PublicationDate date = new PublicationDate(
                DateStatus.valueOf(rs.getString("date_status")),
                localDate(rs, "date_value"),
                localDate(rs, "date_earliest"),
                localDate(rs, "date_latest"),
                DateSource.valueOf(rs.getString("date_source")),
                rs.getString("date_evidence"));
        Article article = new Article(
                rs.getString("id"),
                rs.getString("root"),
                new SourceRef(rs.getString("source_path"), rs.getString("source_record")),
                rs.getString("format"),
                rs.getString("title"),
                rs.getString("outlet"),
                rs.getString("url"),
                rs.getString("language"),
                ArticleCodec.paragraphs(rs.getString("body")),
                date,
                rs.getString("fingerprint"),
                ContentSketch.decode(rs.getString("sketch")),
                new Entities(ArticleCodec.strings(rs.getString("actors")), ArticleCodec.strings(rs.getString("places")),
                        ArticleCodec.strings(rs.getString("mediators"))),
                ArticleCodec.counts(rs.getString("terms")),
                ArticleCodec.strings(rs.getString("notes")));
        return new StoredArticle(rs.getLong("collection_id"), article);
    }
}
