package dev.briefing.thread;

import dev.briefing.analyze.EntityExtractor;
import dev.briefing.analyze.Sentences;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.article.Article;
import dev.briefing.article.Entities;
import dev.briefing.article.Paragraph;

import java.util.ArrayList;
import java.util.List;

/** Computes per-paragraph signals of an article, its title first when it has one. */
public final class SignalExtractor {

    private final TermExtractor termExtractor;
    private final EntityExtractor entityExtractor;

    public SignalExtractor(TermExtractor termExtractor, EntityExtractor entityExtractor) {
        this.termExtractor = termExtractor;
        this.entityExtractor = entityExtractor;
    }

    public List<ParagraphSignals> signals(Article article) {
        List<ParagraphSignals> signals = new ArrayList<>();
        if (article.hasOwnTitle()) {
            signals.add(of(ParagraphSignals.TITLE_INDEX, Paragraph.heading(article.title()), article.language()));
        }
        List<Paragraph> body = article.body();
        for (int i = 0; i < body.size(); i++) {
            signals.add(of(i, body.get(i), article.language()));
        }
        return signals;
    }

    private ParagraphSignals of(int index, Paragraph paragraph, String language) {
        Entities entities = entityExtractor.extract(List.of(paragraph));
        return new ParagraphSignals(index, paragraph.heading(), paragraph.text(),
                termExtractor.terms(paragraph.text(), language), entities.allNames(), Sentences.wordCount(paragraph.text()));
    }
}
