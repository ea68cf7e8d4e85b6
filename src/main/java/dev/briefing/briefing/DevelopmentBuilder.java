package dev.briefing.briefing;

import dev.briefing.analyze.EntityExtractor;
import dev.briefing.article.Article;
import dev.briefing.article.Entities;
import dev.briefing.article.Paragraph;
import dev.briefing.briefing.BriefingModel.DateDisplay;
import dev.briefing.briefing.BriefingModel.DevelopmentEntry;
import dev.briefing.briefing.BriefingModel.SourceCitation;
import dev.briefing.briefing.BriefingModel.SummarySentence;
import dev.briefing.thread.PartRole;
import dev.briefing.thread.StoredPart;
import dev.briefing.thread.StoredThread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One development from its reports: its date (stated, else the estimates' shared range), who and
 * where (the names its reports give), a few quoted sentences, its sources and a headline.
 */
final class DevelopmentBuilder {

    static final int SUMMARY_SENTENCES = 3;
    /** A headline made from a quoted sentence is cut to a lead-in of this many words. */
    static final int HEADLINE_MAX_WORDS = 16;
    static final int MAX_ACTORS = 6;
    static final int MAX_PLACES = 4;

    private final ExtractiveSummarizer summarizer;
    private final EntityExtractor entityExtractor;

    DevelopmentBuilder(ExtractiveSummarizer summarizer, EntityExtractor entityExtractor) {
        this.summarizer = summarizer;
        this.entityExtractor = entityExtractor;
    }

    DevelopmentEntry build(List<StoredPart> reports, BriefingContext context) {
        List<StoredPart> ordered = reports.stream()
                .sorted(Comparator.comparing((StoredPart p) -> p.role() != PartRole.MAIN).thenComparing(p -> context.number(p.articleId())))
                .toList();
        DateDisplay date = DateTexts.combine(ordered.stream().map(p -> context.article(p.articleId()).date()).toList());
        List<ExtractiveSummarizer.Report> texts = ordered.stream().map(context::report)
                .map(r -> new ExtractiveSummarizer.Report(r.source(), r.language(), r.paragraphs())).toList();
        List<SummarySentence> summary = summarizer.summarize(texts, SUMMARY_SENTENCES);
        List<Paragraph> allParagraphs = new ArrayList<>();
        ordered.forEach(p -> allParagraphs.addAll(context.paragraphs(p)));
        Entities names = entityExtractor.extract(allParagraphs);
        List<SourceCitation> sources = ordered.stream().map(p -> citation(p, context)).toList();
        String code = ordered.get(0).developmentCode();
        Optional<Article> titled = titledArticle(ordered, context);
        String headlineLanguage = titled.map(Article::language)
                .orElse(summary.isEmpty() ? context.article(ordered.get(0).articleId()).language() : summary.get(0).language());
        return new DevelopmentEntry(code, "dev-" + code, titled.map(Article::title).orElseGet(() -> leadIn(ordered, context, summary)),
                titled.isEmpty(), headlineLanguage, ExtractiveSummarizer.direction(headlineLanguage), date,
                names.actors().stream().limit(MAX_ACTORS).toList(), names.places().stream().limit(MAX_PLACES).toList(),
                summary, sources, ordered.stream().allMatch(p -> p.role() == PartRole.CROSS_REFERENCE));
    }

    private static SourceCitation citation(StoredPart part, BriefingContext context) {
        Article article = context.article(part.articleId());
        int number = context.number(part.articleId());
        StoredThread heldIn = context.mainThreadOf(part.articleId());
        boolean cross = part.role() == PartRole.CROSS_REFERENCE;
        return new SourceCitation(number, BriefingContext.articleAnchor(number), article.displayTitle(), article.outlet(),
                DateTexts.of(article.date()).text(), article.source().display(), part.role(),
                cross ? paragraphRanges(part.paragraphs()) : null,
                cross && heldIn != null ? heldIn.label() : null,
                cross && heldIn != null ? BriefingContext.threadAnchor(heldIn.code()) : null);
    }

    /** The article whose own title heads the development: the first it holds (not merely cross-references) that has one. */
    private static Optional<Article> titledArticle(List<StoredPart> reports, BriefingContext context) {
        return reports.stream().filter(p -> p.role() == PartRole.MAIN).map(p -> context.article(p.articleId()))
                .filter(Article::hasOwnTitle).findFirst();
    }

    /** Without a title, the opening words of the summary's first sentence, marked as cut. */
    private static String leadIn(List<StoredPart> reports, BriefingContext context, List<SummarySentence> summary) {
        String first = summary.isEmpty() ? context.article(reports.get(0).articleId()).displayTitle() : summary.get(0).text();
        String[] words = first.split("\\s+");
        return words.length <= HEADLINE_MAX_WORDS ? first : String.join(" ", List.of(words).subList(0, HEADLINE_MAX_WORDS)) + " …";
    }

    /** "paragraphs 4–7" (one-based, as a reader counts them). */
    static String paragraphRanges(List<Integer> indexes) {
        List<String> ranges = new ArrayList<>();
        int i = 0;
        while (i < indexes.size()) {
            int start = indexes.get(i);
            int end = start;
            while (i + 1 < indexes.size() && indexes.get(i + 1) == end + 1) {
                end = indexes.get(++i);
            }
            ranges.add(start == end ? String.valueOf(start + 1) : (start + 1) + "–" + (end + 1));
            i++;
        }
        return (indexes.size() == 1 ? "paragraph " : "paragraphs ") + String.join(", ", ranges);
    }
}
