package dev.briefing.ingest;

import dev.briefing.article.Article;
import dev.briefing.article.ArticleStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The ingest step's writer: stores each understood article (updating the one from the same source
 * if it was read before) and records what had to be repaired to read it.
 */
public class StoreArticlesWriter implements ItemWriter<Article> {

    private final ArticleStore articles;
    private final InputIssueStore issues;
    private final long jobInstanceId;
    private final long collectionId;

    public StoreArticlesWriter(ArticleStore articles, InputIssueStore issues, long jobInstanceId, long collectionId) {
        this.articles = articles;
        this.issues = issues;
        this.jobInstanceId = jobInstanceId;
        this.collectionId = collectionId;
    }

    @Override
    public void write(Chunk<? extends Article> chunk) {
        for (Article article : chunk) {
            articles.save(article, jobInstanceId);
            for (String note : article.notes()) {
                issues.record(jobInstanceId, collectionId, new InputIssue(article.source().key(), InputIssue.Severity.DEGRADED, note));
            }
        }
    }
}
