package dev.briefing.render;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.awt.FontFormatException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders briefing HTML to an archival PDF with openhtmltopdf on PDFBox: PDF/A-3u with a tagged
 * structure for accessibility (PDF/UA), every font embedded from the template folder, right-to-left
 * text shaped with ICU, inline SVG drawn by Batik. No outside resource is ever loaded: only
 * {@code data:} URIs pass the access control. Dates and document ID are fixed from the production
 * time, so the same input and production time give the same bytes. Front matter pages are
 * labelled i, ii ... and the body 1, 2 ..., as printed in the footers; the HTML briefing is
 * attached inside the PDF as its alternative form (a PDF/A-3 associated file).
 */
public final class PdfBriefingRenderer {

    static final String PRODUCER = "negotiation-briefing (openhtmltopdf, Apache PDFBox)";
    public static final String ATTACHMENT_NAME = "briefing.html";
    /** The outline lists the overview first; the next bookmark is the first thread, where the body starts. */
    private static final int BODY_BOOKMARK = 1;

    private final TemplateFolder folder;

    public PdfBriefingRenderer(TemplateFolder folder) {
        this.folder = folder;
        Slf4jRendererLog.install();
    }

    /**
     * @param html       the briefing's HTML for print (with running elements and bookmarks)
     * @param standalone  the standalone HTML briefing, attached inside the PDF as its alternative form
     * @param sourceIndex the run's {@code sources.csv}, attached inside the PDF so that a shared or
     *                    emailed PDF still accounts for every article
     * @param out         where the PDF goes, as it is saved: an archive's PDF (27 MB at 100,000
     *                    articles) held in memory and copied out was the render step's peak
     */
    public void render(String html, byte[] standalone, byte[] sourceIndex, Instant producedAt, OutputStream out) {
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        BatikSVGDrawer svg = new BatikSVGDrawer();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(document, folder.root().toUri().toString())
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .withProducer(PRODUCER)
                .useSVGDrawer(svg)
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .defaultTextDirection(BaseRendererBuilder.TextDirection.LTR)
                .useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        Map<Path, FontFile> fonts = templateFonts();
        fonts.forEach((file, font) -> builder.useFont(open(file), font.family(), font.weight(), font.style(), true));
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            // The drawer takes fonts only once the renderer has handed it the document's font rules.
            for (Map.Entry<Path, FontFile> font : fonts.entrySet()) {
                try {
                    svg.addFontStream(open(font.getKey()), font.getValue().family(), font.getValue().weight(), font.getValue().style());
                } catch (FontFormatException e) {
                    throw new TemplateFolder.InvalidTemplateFolderException("the template's font " + font.getKey()
                            + " is not a TrueType font: " + e.getMessage());
                }
            }
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                fixTimestamps(pdf, producedAt);
                labelPages(pdf);
                attach(pdf, List.of(
                        new Attachment(ATTACHMENT_NAME, "text/html", "This briefing as a self-contained HTML file", "Alternative", standalone),
                        new Attachment(SourceIndex.FILE, "text/csv", "Every article of the run, under the number the briefing cites it by",
                                "Supplement", sourceIndex)), producedAt);
                pdf.setDocumentId(producedAt.toEpochMilli());
                pdf.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rendering or saving the PDF failed: " + e.getMessage(), e);
        }
    }

    /**
     * Every {@code .ttf} in the template's font folder, with the face its file name states
     * ({@code NotoSans-Bold.ttf}: family "Noto Sans", weight 700). Each is registered for the text
     * and for the SVG figure: Batik, left to itself, draws an SVG's text in whatever fonts the
     * machine has installed, so the figure's lettering would change from one machine to the next.
     */
    private Map<Path, FontFile> templateFonts() {
        if (!Files.isDirectory(folder.fonts())) {
            throw new TemplateFolder.InvalidTemplateFolderException("template folder " + folder.root() + " has no fonts/ folder");
        }
        Map<Path, FontFile> faces = new TreeMap<>();
        folder.fontFiles().forEach(file -> faces.put(file, FontFile.of(file.getFileName().toString())));
        return faces;
    }

    private static FSSupplier<InputStream> open(Path file) {
        return () -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + file, e);
            }
        };
    }

    /**
     * Front matter pages get lower-case roman labels, the body (from the first thread's page)
     * decimal ones from 1, matching the page numbers the footers print.
     */
    private static void labelPages(PDDocument pdf) {
        PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            return;
        }
        int bodyStart = -1;
        int item = 0;
        for (PDOutlineItem bookmark : outline.children()) {
            if (item++ == BODY_BOOKMARK) {
                try {
                    bodyStart = pdf.getPages().indexOf(bookmark.findDestinationPage(pdf));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot resolve the bookmark of the first thread", e);
                }
            }
        }
        PDPageLabels labels = new PDPageLabels(pdf);
        PDPageLabelRange front = new PDPageLabelRange();
        front.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
        labels.setLabelItem(0, front);
        if (bodyStart > 0) {
            PDPageLabelRange body = new PDPageLabelRange();
            body.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            body.setStart(1);
            labels.setLabelItem(bodyStart, body);
        }
        pdf.getDocumentCatalog().setPageLabels(labels);
    }

    /** A file carried inside the PDF as a PDF/A-3 associated file, with its relationship to the document. */
    private record Attachment(String name, String mimeType, String description, String relationship, byte[] content) {
    }

    private static void attach(PDDocument pdf, List<Attachment> attachments, Instant producedAt) throws IOException {
        Calendar time = GregorianCalendar.from(producedAt.atZone(ZoneOffset.UTC));
        Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
        COSArray associated = new COSArray();
        for (Attachment attachment : attachments) {
            // Compressed: sources.csv of 100,000 articles is 21 MB of text, which stored as it is made
            // the PDF too large for most mail servers to accept.
            PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(attachment.content()), COSName.FLATE_DECODE);
            file.setSubtype(attachment.mimeType());
            file.setSize(attachment.content().length);
            file.setCreationDate(time);
            file.setModDate(time);
            PDComplexFileSpecification specification = new PDComplexFileSpecification();
            specification.setFile(attachment.name());
            specification.setFileUnicode(attachment.name());
            specification.setEmbeddedFile(file);
            specification.setEmbeddedFileUnicode(file);
            specification.setFileDescription(attachment.description());
            specification.getCOSObject().setName(COSName.AF_RELATIONSHIP, attachment.relationship());
            byName.put(attachment.name(), specification);
            associated.add(specification);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
        if (names == null) {
            names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
            pdf.getDocumentCatalog().setNames(names);
        }
        names.setEmbeddedFiles(tree);
        pdf.getDocumentCatalog().getCOSObject().setItem(COSName.AF, associated);
    }

    /** PDF/A requires the Info dictionary and XMP dates to agree; both are set to the production time. */
    private static void fixTimestamps(PDDocument pdf, Instant producedAt) throws IOException {
        Calendar time = GregorianCalendar.from(producedAt.atZone(ZoneOffset.UTC));
        pdf.getDocumentInformation().setCreationDate(time);
        pdf.getDocumentInformation().setModificationDate(time);
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        XMPMetadata xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            xmp = new DomXmpParser().parse(in);
        } catch (org.apache.xmpbox.xml.XmpParsingException e) {
            throw new IOException("openhtmltopdf wrote XMP metadata PDFBox cannot parse", e);
        }
        XMPBasicSchema basic = xmp.getXMPBasicSchema() != null ? xmp.getXMPBasicSchema() : xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(time);
        basic.setModifyDate(time);
        basic.setMetadataDate(time);
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot serialise XMP metadata", e);
        }
        metadata.importXMPMetadata(serialized.toByteArray());
    }

}
