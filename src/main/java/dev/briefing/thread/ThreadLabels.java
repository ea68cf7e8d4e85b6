package dev.briefing.thread;

import dev.briefing.article.Article;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Readable labels for threads found by clustering, built from the names their articles stress. */
final class ThreadLabels {

    private ThreadLabels() {
    }

    /** "Gaza Strip: Hamas, Israel (mediators Egypt, Qatar)" from the names an article mentions most. */
    static String forNewCluster(Article article, List<ParagraphSignals> paragraphs) {
        Map<String, Integer> mentions = new HashMap<>();
        paragraphs.forEach(p -> p.names().forEach(name -> mentions.merge(name, 1, Integer::sum)));
        Comparator<Map.Entry<String, Integer>> prominence = Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        List<String> places = mentions.entrySet().stream().filter(e -> article.entities().places().contains(e.getKey()))
                .sorted(prominence).map(Map.Entry::getKey).limit(1).toList();
        List<String> actors = mentions.entrySet().stream()
                .filter(e -> article.entities().actors().contains(e.getKey()) && !article.entities().mediators().contains(e.getKey()))
                .sorted(prominence).map(Map.Entry::getKey).limit(2).toList();
        StringBuilder label = new StringBuilder();
        if (!places.isEmpty()) {
            label.append(places.get(0));
        }
        if (!actors.isEmpty()) {
            label.append(label.isEmpty() ? "" : ": ").append(String.join(" and ", actors));
        }
        if (!article.entities().mediators().isEmpty()) {
            label.append(label.isEmpty() ? "" : " ").append("(mediators ")
                    .append(article.entities().mediators().stream().limit(3).collect(Collectors.joining(", "))).append(')');
        }
        return label.isEmpty() ? article.displayTitle() : label.toString();
    }
}
