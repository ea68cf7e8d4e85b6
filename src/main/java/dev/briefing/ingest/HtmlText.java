package dev.briefing.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The readable text of an HTML fragment or page body as blocks (paragraphs, headings, list items,
 * quotes), with the page chrome that HTML marks as such removed: navigation, headers and footers,
 * asides, forms, scripts, figures and their captions, share bars, related links, cookie and
 * newsletter boxes, bylines and anything hidden.
 */
final class HtmlText {

    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, button, iframe,"
            + " svg, canvas, figure, figcaption, picture, video, audio, address, [hidden], [aria-hidden=true],"
            + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog],"
            + " [class~=(?i)(^|[-_ ])(share|sharing|social|related|newsletter|cookie|consent|advert|ads?|promo|subscribe"
            + "|breadcrumbs?|comments?|byline|author|tags|paywall|most-read|popular)([-_ ]|$)],"
            + " [id~=(?i)(^|[-_ ])(share|social|related|newsletter|cookie|consent|advert|promo|comments?|sidebar)([-_ ]|$)]";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd";
    private static final String BODY_CANDIDATES = "[itemprop=articleBody], article, [role=main], main,"
            + " .article-body, .article__body, .story-body, .post-content, .entry-content, #article-body, #content";

    private HtmlText() {
    }

    /** The blocks of an HTML fragment, such as a feed entry's content or a record's html field. */
    static List<String> fragmentBlocks(String html) {
        return blocks(Jsoup.parseBodyFragment(html).body());
    }

    /** The article body of a whole page: the most specific element that holds its paragraphs. */
    static Element articleBody(Element body) {
        for (Element candidate : body.select(BODY_CANDIDATES)) {
            if (candidate.select("p").stream().filter(p -> p.text().length() > 40).count() >= 2) {
                return candidate;
            }
        }
        return body;
    }

    /**
     * Block texts in document order. Where blocks nest (paragraphs in a list item or a quote) the
     * innermost are read, so each paragraph stays a block of its own.
     */
    static List<String> blocks(Element root) {
        Element copy = root.clone();
        copy.select(CHROME).remove();
        List<String> texts = new ArrayList<>();
        for (Element block : copy.select(BLOCKS)) {
            if (block.select(BLOCKS).size() == 1) {
                addText(texts, block.text());
            }
        }
        if (texts.isEmpty()) {
            texts.addAll(PlainTextBlocks.split(copy.wholeText()));
        }
        return texts;
    }

    private static void addText(List<String> texts, String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty()) {
            texts.add(stripped);
        }
    }
}
