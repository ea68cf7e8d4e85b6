package dev.briefing.render;

import dev.briefing.SeedBriefings;
import dev.briefing.Seeds;
import dev.briefing.article.Article;
import dev.briefing.article.Paragraph;
import dev.briefing.briefing.BriefingAssembler;
import dev.briefing.briefing.BriefingModel.Briefing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlBriefingRendererTest {

    private final HtmlBriefingRenderer renderer = new HtmlBriefingRenderer(new TemplateFolder(Path.of("report-templates")));
    private final BriefingAssembler assembler = new BriefingAssembler(Seeds.TERMS, Seeds.ENTITIES);

    private static Article hostile() {
        Article efe = Seeds.article(Seeds.CAIRO_EFE);
        List<Paragraph> body = new ArrayList<>(efe.body());
        body.set(0, Paragraph.text("<script>alert('x')</script> Consultations between Egyptian, Qatari and American delegations continue"
                + " this Wednesday in Cairo to advance a truce <img src=x onerror=alert(1)> in the Gaza Strip."));
        return new Article(efe.id(), efe.collection(), efe.source(), efe.format(), "<img src=x onerror=alert(1)>Talks", efe.outlet(),
                "javascript:alert(1)", efe.language(), body, efe.date(), efe.fingerprint(), efe.sketch(), efe.entities(), efe.terms(),
                efe.notes());
    }

    @Test
    void articleTextIsEscapedNotInterpreted() {
        Briefing briefing = assembler.assemble(SeedBriefings.input(List.of(hostile()), Seeds.PROFILE, List.of(), null, null));

        Document html = Jsoup.parse(renderer.render(briefing, PaperSize.A4, false));

        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("img")).isEmpty();
        assertThat(html.select("[onerror]")).isEmpty();
        assertThat(html.text()).contains("<img src=x onerror=alert(1)>Talks").contains("<script>alert('x')</script>");
        assertThat(html.select("a[href^=javascript]")).as("a javascript: URL is not a link").isEmpty();
    }

    @Test
    void theHtmlIsSelfContained() {
        Document html = Jsoup.parse(renderer.render(assembler.assemble(SeedBriefings.seeds()), PaperSize.A4, false));

        assertThat(html.select("link[rel=stylesheet], script[src], img[src], iframe")).isEmpty();
        assertThat(html.select("style").html()).contains(".development");
        assertThat(html.select("main, nav, header").size()).isGreaterThanOrEqualTo(3);
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("h1")).hasSize(1);
    }

    @Test
    void thePdfFlavourCarriesBookmarksAndRunningElements() {
        Document html = Jsoup.parse(renderer.render(assembler.assemble(SeedBriefings.seeds()), PaperSize.LETTER, true));

        assertThat(html.select("bookmarks bookmark[name=Overview]")).hasSize(1);
        assertThat(html.select(".running-header, .running-footer")).hasSize(2);
        assertThat(html.select("style").html()).contains("@page { size: letter; }");
    }
}
