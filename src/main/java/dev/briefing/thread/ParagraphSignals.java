package dev.briefing.thread;

import java.util.List;
import java.util.Set;

/**
 * What threading looks at in one paragraph: its stemmed terms in order (for keyword phrases), the
 * names it mentions, and its length.
 *
 * @param index position in the article body, or {@code -1} for the article's title
 */
public record ParagraphSignals(int index, boolean heading, String text, List<String> terms, Set<String> names, int words) {

    public static final int TITLE_INDEX = -1;

    public ParagraphSignals {
        terms = List.copyOf(terms);
        names = Set.copyOf(names);
    }

    public boolean isTitle() {
        return index == TITLE_INDEX;
    }
}
