package dev.briefing.render;

import dev.briefing.SeedBriefings;
import dev.briefing.Seeds;
import dev.briefing.article.Article;
import dev.briefing.article.SourceRef;
import dev.briefing.briefing.BriefingModel.Briefing;
import dev.briefing.briefing.BriefingModel.Timeline;
import dev.briefing.briefing.BriefingModel.TimelineRow;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.ingest.SourceMetadata;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The structure of the seeds' PDF as a reader's software meets it. */
class PdfStructureTest {

    static final String ARABIC = "أعلنت قطر ومصر يوم الأربعاء أن المفاوضات بين إسرائيل وحركة حماس بشأن وقف إطلاق النار في غزة وتبادل الأسرى"
            + " مستمرة في القاهرة. وقال مسؤول مصري إن الوسطاء قدموا مقترحا جديدا للطرفين.";

    static Briefing briefing;
    static byte[] bytes;
    static PDDocument pdf;

    @BeforeAll
    static void render() throws Exception {
        List<Article> articles = new ArrayList<>(Seeds.articlesInDateOrder());
        articles.add(Seeds.ANALYZER.analyze(new SourceDocument(Seeds.COLLECTION, SourceRef.file("arabic-report.txt"), "text",
                List.of(ARABIC), new SourceMetadata("المفاوضات مستمرة", "Example Arabic Daily", "https://arabic.example/2024/02/14/talks",
                null, List.of()), List.of()), Seeds.PROFILE.anchors(), Seeds.RUN_DATE));
        briefing = SeedDocuments.briefing(SeedBriefings.input(articles, Seeds.PROFILE, List.of(), null, null));
        bytes = SeedDocuments.pdf(briefing, PaperSize.A4);
        pdf = Loader.loadPDF(bytes);
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    private static String text(int fromPage, int toPage) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(fromPage);
        stripper.setEndPage(toPage);
        return stripper.getText(pdf);
    }

    @Test
    void bookmarksListTheThreadsWithTheirTimeframes() {
        List<String> top = new ArrayList<>();
        List<String> gazaTimeframes = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            top.add(item.getTitle());
            if (item.getTitle().startsWith("Gaza")) {
                item.children().forEach(child -> gazaTimeframes.add(child.getTitle()));
            }
        }
        assertThat(top).containsExactly("Overview", "Gaza ceasefire and hostage-prisoner exchange talks", "Turkey's channel to Hamas",
                "EU humanitarian truce and peace conference initiative", "Appendix A: Articles read", "Appendix B: Inputs skipped or repaired");
        assertThat(gazaTimeframes).containsExactly("October 2023", "February 2024", "July 2024", "Undated");
    }

    @Test
    void pageLabelsNumberTheFrontMatterInRomanAndTheBodyFromOne() throws Exception {
        String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();

        assertThat(labels).startsWith("i", "ii", "1", "2");
        assertThat(labels[labels.length - 1]).isEqualTo(String.valueOf(labels.length - 2));
        assertThat(text(3, 3)).contains("Page 1 of " + (labels.length - 2));
    }

    @Test
    void theContentsGiveEachThreadThePageItStartsOn() throws Exception {
        String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        String contents = text(1, 1);
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals("Overview")) {
                continue;
            }
            PDPage page = item.findDestinationPage(pdf);
            String label = labels[pdf.getPages().indexOf(page)];
            assertThat(contents).containsPattern(java.util.regex.Pattern.quote(item.getTitle()) + "\\s*\\.*\\s*" + label + "\\b");
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
        }
        assertThat(fonts).anySatisfy(font -> assertThat(font).contains("NotoSans"))
                .anySatisfy(font -> assertThat(font).contains("NotoSansArabic"));
    }

    @Test
    void arabicTextIsShapedRightToLeftWithItsOwnFont() throws Exception {
        String all = Normalizer.normalize(text(1, pdf.getNumberOfPages()), Normalizer.Form.NFKC);

        assertThat(all).contains("حماس").contains("القاهرة");
        assertThat(SeedDocuments.html(briefing)).contains("lang=\"ar\" dir=\"rtl\"");
    }

    @Test
    void metadataDescribesTheBriefing() {
        var info = pdf.getDocumentInformation();

        assertThat(info.getTitle()).isEqualTo("Gaza war: ceasefire and hostage-exchange diplomacy");
        assertThat(info.getSubject()).startsWith("Chronological briefing on 3 negotiation threads");
        assertThat(info.getKeywords()).contains("Turkey's channel to Hamas");
        assertThat(info.getProducer()).startsWith("negotiation-briefing");
        assertThat(info.getCreationDate().toInstant()).isEqualTo(SeedBriefings.PRODUCED_AT.toInstant());
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualToIgnoringCase("en");
        assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    }

    @Test
    void theHtmlBriefingIsAttachedAsTheAlternativeForm() throws Exception {
        var files = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
        PDComplexFileSpecification attachment = files.get(PdfBriefingRenderer.ATTACHMENT_NAME);

        assertThat(attachment.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP)).isEqualTo("Alternative");
        assertThat(attachment.getEmbeddedFile().getSubtype()).isEqualTo("text/html");
        assertThat(new String(attachment.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8)).isEqualTo(SeedDocuments.html(briefing));
        assertThat(pdf.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF)).hasSize(2);
    }

    @Test
    void theAttachmentsAreCompressed() throws Exception {
        for (PDComplexFileSpecification attachment : pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().values()) {
            var file = attachment.getEmbeddedFile();
            assertThat(file.getFilters()).as(attachment.getFilename()).containsExactly(COSName.FLATE_DECODE);
            assertThat(file.getCOSObject().getLength()).as(attachment.getFilename()).isLessThan(file.getSize());
            assertThat(file.toByteArray()).as(attachment.getFilename()).hasSize(file.getSize());
        }
    }

    @Test
    void theSourceIndexIsAttachedSoThatASharedPdfAccountsForEveryArticle() throws Exception {
        PDComplexFileSpecification index = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get(SourceIndex.FILE);

        assertThat(index.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP)).isEqualTo("Supplement");
        assertThat(index.getEmbeddedFile().getSubtype()).isEqualTo("text/csv");
        String csv = new String(index.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(1 + briefing.sourceIndex().size()).first().asString().startsWith("number,article_id,title");
        assertThat(csv).contains("arabic-report.txt");
    }

    @Test
    void citationsAreInternalLinksAndSourceAddressesExternalOnes() throws Exception {
        int internal = 0;
        List<String> external = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    if (link.getAction() instanceof PDActionURI uri) {
                        external.add(uri.getURI());
                    } else if (link.getAction() instanceof PDActionGoTo || link.getDestination() != null) {
                        internal++;
                    }
                }
            }
        }
        assertThat(internal).isGreaterThan(30);
        assertThat(external).containsExactly("https://arabic.example/2024/02/14/talks");
    }

    @Test
    void theTimelineIsATaggedFigureWithItsDescription() {
        List<String> figures = new ArrayList<>();
        collectFigures(pdf.getDocumentCatalog().getStructureTreeRoot(), figures);

        assertThat(figures).anySatisfy(alt -> assertThat(alt).startsWith("Timeline of 7 developments in 3 threads"));
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
        org.jsoup.nodes.Document printed = org.jsoup.Jsoup.parse(new HtmlBriefingRenderer(SeedDocuments.TEMPLATES)
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
        var screen = org.jsoup.Jsoup.parse(new HtmlBriefingRenderer(SeedDocuments.TEMPLATES).render(tall, PaperSize.LETTER, false));
        assertThat(screen.select("figure.timeline")).as("a screen scrolls: one figure").hasSize(1);
        assertThat(screen.select("figure.timeline svg > g > text[x=4]")).as("a label per thread").hasSize(60);
        var paper = org.jsoup.Jsoup.parse(printed);
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
        return new Timeline(seeds.width(), seeds.height() + (count - seeds.rows().size()) * rowHeight, seeds.plotLeft(), seeds.plotRight(),
                seeds.undatedX(), seeds.description(), seeds.ticks(), rows);
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
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDPage page = document.getPage(i);
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDFormXObject && !pages.contains(i)) {
                    pages.add(i);
                }
            }
        }
        return pages;
    }

    @Test
    void aThreadLabelInDevanagariIsLetteredInTheTemplatesDevanagariFont(@TempDir Path folder) throws Exception {
        Timeline seeds = briefing.timeline();
        List<TimelineRow> rows = new ArrayList<>(seeds.rows());
        TimelineRow first = rows.get(0);
        rows.set(0, new TimelineRow(List.of("युद्धविराम वार्ता"), first.anchor(), first.y(), first.timeframes(), first.marks()));
        Briefing hindi = withTimeline(briefing, new Timeline(seeds.width(), seeds.height(), seeds.plotLeft(), seeds.plotRight(),
                seeds.undatedX(), seeds.description(), seeds.ticks(), rows));
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
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                    try (var in = form.getContents()) {
                        drawings.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                    }
                }
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

    @Test
    void theSameInputAndProductionTimeGiveTheSameBytes() {
        assertThat(Arrays.equals(SeedDocuments.pdf(briefing, PaperSize.A4), bytes)).isTrue();
    }

    @Test
    void letterPaperIsLetterSized() throws Exception {
        try (PDDocument letter = Loader.loadPDF(SeedDocuments.pdf(briefing, PaperSize.LETTER))) {
            assertThat(letter.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
            assertThat(letter.getPage(0).getMediaBox().getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
    }
}
