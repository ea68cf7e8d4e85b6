package dev.briefing.briefing;

import dev.briefing.article.Article;
import dev.briefing.article.Paragraph;
import dev.briefing.thread.PartRole;
import dev.briefing.thread.StoredPart;
import dev.briefing.thread.StoredThread;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every part of a briefing is built from: the articles in the period, numbered in date order
 * (undated last), their parts in threads, and each article's main thread. Articles may come as
 * outlines; {@link #loadTexts} brings in the full text of those the briefing quotes.
 */
final class BriefingContext {

    private final BriefingInput input;
    private final List<Article> articles;
    private final Map<String, Article> byId = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<StoredPart> parts;
    private final Map<String, StoredThread> threads;
    private final Map<String, String> mainThreadOf = new HashMap<>();

    BriefingContext(BriefingInput input) {
        this.input = input;
        this.articles = input.articles().stream().filter(a -> BriefingAssembler.inPeriod(a.date(), input.from(), input.to()))
                .sorted(Comparator.comparing((Article a) -> a.date().isDated() ? a.date().date() : null,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(a -> a.source().key()))
                .toList();
        for (int i = 0; i < articles.size(); i++) {
            numbers.put(articles.get(i).id(), i + 1);
            byId.put(articles.get(i).id(), articles.get(i));
        }
        this.parts = input.parts().stream().filter(p -> byId.containsKey(p.articleId())).toList();
        this.threads = input.threads().stream().collect(Collectors.toMap(StoredThread::code, Function.identity()));
        parts.stream().filter(p -> p.role() == PartRole.MAIN).forEach(p -> mainThreadOf.put(p.articleId(), p.threadCode()));
    }

    BriefingInput input() {
        return input;
    }

    List<Article> articles() {
        return articles;
    }

    List<StoredPart> parts() {
        return parts;
    }

    Article article(String id) {
        return byId.get(id);
    }

    /** Loads the full text of the articles a briefing quotes, in place of their outlines. */
    void loadTexts(Collection<String> ids) {
        input.texts().load(ids).forEach(article -> byId.replace(article.id(), article));
    }

    int number(String articleId) {
        return numbers.get(articleId);
    }

    static String articleAnchor(int number) {
        return "article-" + number;
    }

    static String threadAnchor(String threadCode) {
        return "thread-" + threadCode;
    }

    StoredThread thread(String code) {
        return threads.get(code);
    }

    /** The thread that holds the article, or null when threading has not placed it. */
    StoredThread mainThreadOf(String articleId) {
        String code = mainThreadOf.get(articleId);
        return code == null ? null : threads.get(code);
    }

    /** The paragraphs of an article a part covers. */
    List<Paragraph> paragraphs(StoredPart part) {
        List<Paragraph> body = article(part.articleId()).body();
        return part.paragraphs().stream().filter(i -> i >= 0 && i < body.size()).map(body::get).toList();
    }

    ReportText report(StoredPart part) {
        Article article = article(part.articleId());
        int number = number(part.articleId());
        return new ReportText(number, articleAnchor(number), DateTexts.of(article.date()), article.language(),
                paragraphs(part).stream().filter(p -> !p.heading()).map(Paragraph::text).toList());
    }

    boolean isNew(String articleId) {
        return input.newArticleIds().contains(articleId);
    }
}
