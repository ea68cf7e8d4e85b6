package dev.briefing.render;

import dev.briefing.SeedBriefings;
import dev.briefing.briefing.BriefingModel.Briefing;
import dev.briefing.briefing.BriefingModel.Timeline;
import dev.briefing.briefing.BriefingModel.TimelineRow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seeds' timeline figure in the PDF: a tagged figure, lettered in the template's fonts
 * whatever the machine has installed, and never cut by a page break.
 */
class PdfTimelineTest {

    static Briefing briefing;
    static PDDocument pdf;

    @BeforeAll
    static void render() throws Exception {
        briefing = SeedDocuments.briefing(SeedBriefings.seeds());
        pdf = Loader.loadPDF(SeedDocuments.pdf(briefing, PaperSize.A4));
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    @Test
    void theTimelineIsATaggedFigureWithItsDescription() {
        List<String> figures = new ArrayList<>();
        collectFigures(pdf.getDocumentCatalog().getStructureTreeRoot(), figures);

        assertThat(figures).anySatisfy(alt -> assertThat(alt).startsWith("Timeline of 6 developments in 3 threads"));
    }

    @Test
    void theTimelineIsLetteredInTheTemplatesFontsNotTheMachines(@TempDir Path folder) throws Exception {
        Path templates = SeedDocuments.copyOfTemplates(folder);
        Files.copy(templates.resolve("fonts/NotoSans-Bold.ttf"), templates.resolve("fonts/NotoSans-Regular.ttf"),
                StandardCopyOption.REPLACE_EXISTING);
        TemplateFolder boldAsRegular = new TemplateFolder(templates);
        HtmlBriefingRenderer html = new HtmlBriefingRenderer(boldAsRegular);
        byte[] relettered = SeedDocuments.pdf(boldAsRegular, html.render(briefing, PaperSize.A4, true), new byte[] {'x'}, new byte[] {'y'});

        try (PDDocument other = Loader.loadPDF(relettered)) {
            List<String> shipped = figureDrawings(pdf);
            assertThat(shipped).hasSize(1);
            assertThat(figureDrawings(other)).hasSize(1).doesNotContainAnyElementsOf(shipped);
        }
    }

    @Test
    void theTimelineIsNotCutByAPageBreak() throws Exception {
        org.jsoup.nodes.Document printed = Jsoup.parse(new HtmlBriefingRenderer(SeedDocuments.TEMPLATES)
                .render(briefing, PaperSize.A4, true));
        // A fresh page filled to 18 mm above its foot: the figure, about 35 mm tall, would straddle the break.
        printed.selectFirst("figure.timeline").before("<div style=\"page-break-before: always; height: 235mm\"></div>");

        try (PDDocument moved = Loader.loadPDF(SeedDocuments.pdf(SeedDocuments.TEMPLATES, printed.outerHtml(), new byte[] {'x'},
                new byte[] {'y'}))) {
            assertThat(pagesWithFigures(moved)).hasSize(1);
        }
    }

    @Test
    void aTimelineTallerThanAPageComesInPartsOnAPageEach() throws Exception {
        Briefing tall = withTimeline(briefing, repeatedRows(briefing.timeline(), 60));
        String printed = new HtmlBriefingRenderer(SeedDocuments.TEMPLATES).render(tall, PaperSize.LETTER, true);

        try (PDDocument document = Loader.loadPDF(SeedDocuments.pdf(SeedDocuments.TEMPLATES, printed, new byte[] {'x'}, new byte[] {'y'}))) {
            List<String> figures = new ArrayList<>();
            collectFigures(document.getDocumentCatalog().getStructureTreeRoot(), figures);
            assertThat(figures).hasSize(3).allSatisfy(alt -> assertThat(alt).contains(tall.timeline().description()));
            assertThat(figures.get(1)).startsWith("Part 2 of 3, threads 26 to 50 of 60.");
            assertThat(pagesWithFigures(document)).as("each part whole on a page of its own").hasSize(3);
        }
        var screen = Jsoup.parse(new HtmlBriefingRenderer(SeedDocuments.TEMPLATES).render(tall, PaperSize.LETTER, false));
        assertThat(screen.select("figure.timeline")).as("a screen scrolls: one figure").hasSize(1);
        assertThat(screen.select("figure.timeline svg > g > text[x=4]")).as("a label per thread").hasSize(60);
        var paper = Jsoup.parse(printed);
        assertThat(paper.select("figure.timeline figcaption").eachAttr("id")).containsExactly("timeline-caption", "timeline-caption-2",
                "timeline-caption-3");
    }

    /** The seeds' timeline with its rows repeated down to {@code count} threads. */
    private static Timeline repeatedRows(Timeline seeds, int count) {
        int rowHeight = seeds.rows().get(1).y() - seeds.rows().get(0).y();
        List<TimelineRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TimelineRow row = seeds.rows().get(i % seeds.rows().size());
            rows.add(new TimelineRow(row.labelLines(), row.anchor(), seeds.rows().get(0).y() + i * rowHeight, row.timeframes(), row.marks()));
        }
        return withRows(seeds, rows, seeds.height() + (count - seeds.rows().size()) * rowHeight);
    }

    private static Timeline withRows(Timeline timeline, List<TimelineRow> rows, int height) {
        return new Timeline(timeline.width(), height, timeline.plotLeft(), timeline.plotRight(), timeline.undatedX(),
                timeline.description(), timeline.ticks(), rows);
    }

    private static Briefing withTimeline(Briefing briefing, Timeline timeline) throws Exception {
        RecordComponent[] components = Briefing.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = types[i] == Timeline.class ? timeline : components[i].getAccessor().invoke(briefing);
        }
        return Briefing.class.getDeclaredConstructor(types).newInstance(values);
    }

    private static List<Integer> pagesWithFigures(PDDocument document) throws Exception {
        return figures(document).stream().map(FigureOnPage::page).distinct().toList();
    }

    /** A form XObject an SVG figure is drawn into, and the page (from 0) it is drawn on. */
    private record FigureOnPage(int page, PDFormXObject form) {
    }

    private static List<FigureOnPage> figures(PDDocument document) throws Exception {
        List<FigureOnPage> figures = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDPage page = document.getPage(i);
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                    figures.add(new FigureOnPage(i, form));
                }
            }
        }
        return figures;
    }

    @Test
    void aThreadLabelInDevanagariIsLetteredInTheTemplatesDevanagariFont(@TempDir Path folder) throws Exception {
        Timeline seeds = briefing.timeline();
        List<TimelineRow> rows = new ArrayList<>(seeds.rows());
        TimelineRow first = rows.get(0);
        rows.set(0, new TimelineRow(List.of("युद्धविराम वार्ता"), first.anchor(), first.y(), first.timeframes(), first.marks()));
        Briefing hindi = withTimeline(briefing, withRows(seeds, rows, seeds.height()));
        Path templates = SeedDocuments.copyOfTemplates(folder);
        try (var fonts = Files.list(templates.resolve("fonts"))) {
            for (Path font : fonts.filter(f -> f.getFileName().toString().startsWith("NotoSansDevanagari")).toList()) {
                Files.delete(font);
            }
        }
        TemplateFolder withoutDevanagari = new TemplateFolder(templates);

        try (PDDocument shipped = Loader.loadPDF(SeedDocuments.pdf(SeedDocuments.TEMPLATES,
                new HtmlBriefingRenderer(SeedDocuments.TEMPLATES).render(hindi, PaperSize.A4, true), new byte[] {'x'}, new byte[] {'y'}));
             PDDocument fallback = Loader.loadPDF(SeedDocuments.pdf(withoutDevanagari,
                new HtmlBriefingRenderer(withoutDevanagari).render(hindi, PaperSize.A4, true), new byte[] {'x'}, new byte[] {'y'}))) {
            assertThat(figureDrawings(shipped)).hasSize(1).doesNotContainAnyElementsOf(figureDrawings(fallback));
        }
    }

    @Test
    void aTemplateFontThatIsNoFontIsNamed(@TempDir Path folder) throws Exception {
        Path templates = SeedDocuments.copyOfTemplates(folder);
        Path broken = templates.resolve("fonts/Broken-Regular.ttf");
        // Starts as a TrueType font does, so that only reading it finds it broken.
        Files.write(broken, new byte[] {0, 1, 0, 0, 'n', 'o', 't', ' ', 'a', ' ', 'f', 'o', 'n', 't'});
        TemplateFolder withBrokenFont = new TemplateFolder(templates);
        String printed = new HtmlBriefingRenderer(withBrokenFont).render(briefing, PaperSize.A4, true);

        assertThatThrownBy(() -> SeedDocuments.pdf(withBrokenFont, printed, new byte[] {'x'}, new byte[] {'y'}))
                .isInstanceOf(TemplateFolder.InvalidTemplateFolderException.class)
                .hasMessageContaining(broken.toString()).hasMessageContaining("is not a TrueType font");
    }

    /** The content streams of the form XObjects the SVG figures are drawn into. */
    private static List<String> figureDrawings(PDDocument document) throws Exception {
        List<String> drawings = new ArrayList<>();
        for (FigureOnPage figure : figures(document)) {
            try (var in = figure.form().getContents()) {
                drawings.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return drawings.stream().distinct().toList();
    }

    private static void collectFigures(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    alts.add(element.getAlternateDescription());
                }
                collectFigures(element, alts);
            }
        }
    }
}
