package dev.briefing.render;

import dev.briefing.SeedBriefings;
import dev.briefing.Seeds;
import dev.briefing.article.Article;
import dev.briefing.article.SourceRef;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.ingest.SourceMetadata;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fonts shipped with the templates. PDFBox applies a font's glyph substitutions (GSUB) to
 * every run of text it writes, through regular expressions built per run: with the Noto fonts'
 * GSUB tables it spent two thirds of the PDF's layout time there. Latin, Greek, Cyrillic and
 * Arabic need none of it (Arabic is shaped before PDFBox sees it), so their fonts ship without
 * GSUB; only Devanagari, which cannot be read unshaped, keeps it in a font of its own.
 */
class TemplateFontsTest {

    private static final Path FONTS = Path.of("report-templates/fonts");

    @Test
    void onlyTheDevanagariFontsCarryGlyphSubstitutions() throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(FONTS)) {
            files = listing.filter(file -> file.toString().endsWith(".ttf")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        for (Path file : files) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                boolean substitutes = font.getTableMap().containsKey("GSUB");
                assertThat(substitutes).as(file.getFileName().toString())
                        .isEqualTo(file.getFileName().toString().startsWith("NotoSansDevanagari"));
            }
        }
    }

    @Test
    void devanagariTextIsSetInItsOwnFont() throws Exception {
        List<Article> articles = new ArrayList<>(Seeds.articlesInDateOrder());
        articles.add(Seeds.ANALYZER.analyze(new SourceDocument(Seeds.COLLECTION, SourceRef.file("hindi-report.txt"), "text",
                List.of("कतर और मिस्र ने बुधवार को कहा कि गाज़ा में युद्धविराम और बंधकों की रिहाई पर काहिरा में बातचीत जारी है।"
                        + " मध्यस्थों ने दोनों पक्षों को एक नया प्रस्ताव दिया।"),
                new SourceMetadata("काहिरा में बातचीत जारी", "Example Hindi Daily", null, null, List.of()), List.of()),
                Seeds.PROFILE.anchors(), Seeds.RUN_DATE));
        byte[] bytes = SeedDocuments.pdf(SeedDocuments.briefing(SeedBriefings.input(articles, Seeds.PROFILE, List.of(), null, null)),
                PaperSize.A4);

        List<String> fonts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
        }
        assertThat(fonts).anySatisfy(font -> assertThat(font).contains("NotoSansDevanagari"));
    }
}
