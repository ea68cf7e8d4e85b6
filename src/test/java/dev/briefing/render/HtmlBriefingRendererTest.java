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
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
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
    void aRendererKeepsTheTemplateItFirstReadAndTheNextRunsRendererReadsAnEditedOne(@TempDir Path folder) throws Exception {
        Path templates = SeedDocuments.copyOfTemplates(folder);
        TemplateFolder editable = new TemplateFolder(templates);
        Briefing briefing = assembler.assemble(SeedBriefings.seeds());
        HtmlBriefingRenderer thisRun = new HtmlBriefingRenderer(editable);
        String before = thisRun.render(briefing, PaperSize.A4, false);

        Path thread = templates.resolve("fragments/thread.html");
        Files.writeString(thread, Files.readString(thread).replaceFirst("<section ", "<section data-edited=\"yes\" "));

        assertThat(thisRun.render(briefing, PaperSize.A4, true)).as("the PDF's HTML comes from the same template as the file's")
                .doesNotContain("data-edited");
        assertThat(before).doesNotContain("data-edited");
        assertThat(new HtmlBriefingRenderer(editable).render(briefing, PaperSize.A4, false)).contains("data-edited=\"yes\"");
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
    void headingsNeverSkipALevelAndEveryInternalLinkHasATarget() {
        Document html = Jsoup.parse(renderer.render(assembler.assemble(SeedBriefings.seeds()), PaperSize.A4, false));

        int previous = 1;
        for (var heading : html.select("h1, h2, h3, h4, h5, h6")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            assertThat(level).as("%s after h%d", heading.text(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        for (var link : html.select("a[href^=#]")) {
            assertThat(html.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        assertThat(html.select("a[href^=#]").size()).isGreaterThan(30);
    }

    @Test
    void theTimelineDrawsEveryDevelopmentAndTimeframeAccessibly() {
        var briefing = assembler.assemble(SeedBriefings.seeds());
        Document html = Jsoup.parse(renderer.render(briefing, PaperSize.A4, false));

        var svg = html.selectFirst("figure.timeline svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("alt")).isEqualTo(briefing.timeline().description()).startsWith("Timeline of 6 developments in 3 threads");
        assertThat(svg.selectFirst("title").text()).isEqualTo(briefing.timeline().description());
        assertThat(svg.select("circle")).hasSize(6);
        assertThat(svg.select("circle > title").eachText()).contains("14 February 2024: Consultations between Egyptian, Qatari and"
                + " American delegations continue this Wednesday in Cairo to advance a truce …");
        assertThat(svg.select("circle[fill=#8a1c1c]")).as("only the stated date is a filled mark").hasSize(1);
        assertThat(svg.select("rect")).as("one band per dated timeframe").hasSize(5);
        assertThat(svg.select("tspan").eachText()).contains("Turkey's channel to Hamas");
    }

    @Test
    void theBriefingHasKeyDevelopmentsStickingPointsFiguresAndQuotations() {
        Document html = Jsoup.parse(renderer.render(assembler.assemble(SeedBriefings.seeds()), PaperSize.A4, false));

        assertThat(html.select(".key-developments li")).hasSize(5);
        assertThat(html.select(".key-developments a").eachText()).contains("Turkish Intelligence Chief Meets Hamas Leaders");
        assertThat(html.select("#thread-gaza-ceasefire .points dt").eachText()).contains("Philadelphi and Netzarim corridors",
                "Israeli withdrawal from Gaza", "Return of the displaced", "Number of prisoners to be released against hostages");
        assertThat(html.select("#thread-gaza-ceasefire .figures td").eachText()).contains("134 hostages", "more than 7,300 martyrs",
                "about 19,000 wounded", "approximately 250 Israelis");
        assertThat(html.select("#thread-gaza-ceasefire .quotation").eachText()).anySatisfy(quote -> assertThat(quote)
                .contains("Israel did not receive any new proposal from Hamas in Cairo").contains("the presidential department"));
        assertThat(html.select(".since").text()).contains("first briefing on this collection");
    }

    @Test
    void thePdfFlavourCarriesBookmarksAndRunningElements() {
        Document html = Jsoup.parse(renderer.render(assembler.assemble(SeedBriefings.seeds()), PaperSize.LETTER, true));

        assertThat(html.select("bookmarks bookmark[name=Overview]")).hasSize(1);
        assertThat(html.select(".running-header, .running-footer")).hasSize(2);
        assertThat(html.select("style").html()).contains("@page { size: letter; }");
    }

    @Test
    void aBoundedBriefingSaysWhatItLeavesOutAndStillLinksOnlyToWhatItHolds() {
        Document html = Jsoup.parse(renderer.render(assembler.assemble(SeedBriefings.input(Seeds.articlesInDateOrder(), Seeds.PROFILE,
                List.of(), null, null, 2)), PaperSize.A4, false));

        assertThat(html.select("#overview .undetailed, .threads-overview .undetailed").text())
                .contains("details the 2 most recent of the run's").contains("sources.csv");
        assertThat(html.select("section.thread .undetailed").eachText()).isNotEmpty()
                .allSatisfy(note -> assertThat(note).contains("not detailed here"));
        assertThat(html.select("#articles .undetailed").text()).contains("of the 5 read").contains("sources.csv");
        for (var link : html.select("a[href^=#]")) {
            assertThat(html.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
    }
}
