package dev.briefing.briefing;

import dev.briefing.article.Article;
import dev.briefing.thread.StoredPart;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which developments a briefing details when a run holds more than it can usefully print: the
 * most recent ones (by their latest report; undated last), then the most reported, then by code,
 * so the choice is the same for the same input. A briefing of an archive would otherwise run to
 * thousands of pages that take minutes to lay out and more memory than the job has; the rest are
 * counted in their threads, and every article stays listed in the run's source index.
 */
final class DetailSelection {

    private DetailSelection() {
    }

    /** The codes of the developments to detail: all of them when {@code limit} is not positive or not reached. */
    static Set<String> of(List<StoredPart> parts, Function<String, Article> articles, int limit) {
        Map<String, Set<String>> articlesByDevelopment = parts.stream().collect(Collectors.groupingBy(StoredPart::developmentCode,
                Collectors.mapping(StoredPart::articleId, Collectors.toSet())));
        if (limit <= 0 || articlesByDevelopment.size() <= limit) {
            return articlesByDevelopment.keySet();
        }
        Map<String, LocalDate> latest = new HashMap<>();
        articlesByDevelopment.forEach((development, ids) -> latest.put(development, ids.stream().map(articles)
                .filter(article -> article.date().isDated()).map(article -> article.date().date())
                .max(Comparator.naturalOrder()).orElse(null)));
        return articlesByDevelopment.keySet().stream()
                .sorted(Comparator.comparing((String development) -> latest.get(development), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(development -> -articlesByDevelopment.get(development).size())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
