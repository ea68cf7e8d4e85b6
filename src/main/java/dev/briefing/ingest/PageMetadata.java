package dev.briefing.ingest;

import dev.briefing.article.DateCandidate;
import dev.briefing.article.DateSource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a saved web page says about itself: title, outlet, address, language and publication date
 * from Open Graph and article meta tags, JSON-LD ({@code NewsArticle}: headline, datePublished,
 * publisher), {@code <time datetime>} and the document's own title and language.
 */
final class PageMetadata {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]", "meta[itemprop=datePublished]",
            "meta[name=pubdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date.issued]",
            "meta[name=DC.date.issued]", "meta[name=dcterms.date]", "meta[name=parsely-pub-date]", "meta[name=sailthru.date]");

    private PageMetadata() {
    }

    /** The page's metadata, and a note when its JSON-LD could not be read. */
    record Read(SourceMetadata metadata, Optional<String> note) {
    }

    static Read of(Document page, Element articleBody) {
        Optional<String> note = Optional.empty();
        JsonNode article = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                article = findArticle(JSON.readTree(script.data())).orElse(article);
            } catch (JacksonException e) {
                note = Optional.of("the page's JSON-LD metadata is not valid JSON; it was ignored");
            }
        }
        List<DateCandidate> dates = new ArrayList<>();
        for (String selector : DATE_META) {
            addDate(dates, page.selectFirst(selector) == null ? null : page.selectFirst(selector).attr("content"));
        }
        if (article != null) {
            addDate(dates, text(article.get("datePublished")));
        }
        Element time = articleBody.selectFirst("time[datetime]");
        addDate(dates, time == null ? null : time.attr("datetime"));

        String outlet = firstNonBlank(meta(page, "meta[property=og:site_name]"),
                article == null ? null : text(article.path("publisher").get("name")),
                meta(page, "meta[name=application-name]"));
        String title = firstNonBlank(meta(page, "meta[property=og:title]"), meta(page, "meta[name=twitter:title]"),
                article == null ? null : text(article.get("headline")),
                articleBody.selectFirst("h1") == null ? null : articleBody.selectFirst("h1").text(),
                withoutSiteName(page.title(), outlet));
        String url = firstNonBlank(meta(page, "meta[property=og:url]"), attribute(page, "link[rel=canonical]", "href"));
        String language = firstNonBlank(attribute(page, "html[lang]", "lang"), meta(page, "meta[http-equiv=content-language]"),
                article == null ? null : text(article.get("inLanguage")));
        return new Read(new SourceMetadata(title, outlet, url, language, dates), note);
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = findArticle(item);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asString("");
        return type.toLowerCase(Locale.ROOT).matches(".*(article|posting|report).*") ? Optional.of(node) : Optional.empty();
    }

    private static void addDate(List<DateCandidate> dates, String value) {
        if (value != null && !value.isBlank()) {
            dates.add(new DateCandidate(value.strip(), DateSource.PAGE_METADATA));
        }
    }

    private static String meta(Document page, String selector) {
        return attribute(page, selector, "content");
    }

    private static String attribute(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.attr(attribute);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? null : node.asString();
    }

    /** "Talks resume | Example Times" is titled "Talks resume" when the site is Example Times. */
    private static String withoutSiteName(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        for (String separator : List.of(" | ", " - ", " – ", " — ")) {
            if (title.endsWith(separator + outlet)) {
                return title.substring(0, title.length() - separator.length() - outlet.length());
            }
        }
        return title;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
