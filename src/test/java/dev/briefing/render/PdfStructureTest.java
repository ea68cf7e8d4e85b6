package dev.briefing.render;

import dev.briefing.SeedBriefings;
import dev.briefing.Seeds;
import dev.briefing.article.Article;
import dev.briefing.article.SourceRef;
import dev.briefing.briefing.BriefingModel.Briefing;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.ingest.SourceMetadata;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
