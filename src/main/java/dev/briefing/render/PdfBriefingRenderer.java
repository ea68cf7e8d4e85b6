package dev.briefing.render;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.stream.Stream;

/**
 * Renders briefing HTML to an archival PDF with openhtmltopdf on PDFBox: PDF/A-3u with a tagged
 * structure for accessibility (PDF/UA), every font embedded from the template folder, right-to-left
 * text shaped with ICU, inline SVG drawn by Batik. No outside resource is ever loaded: only
 * {@code data:} URIs pass the access control. Dates and document ID are fixed from the production
 * time, so the same input and production time give the same bytes.
 */
public final class PdfBriefingRenderer {

    static final String PRODUCER = "negotiation-briefing (openhtmltopdf, Apache PDFBox)";

    private final TemplateFolder folder;

    public PdfBriefingRenderer(TemplateFolder folder) {
        this.folder = folder;
        Slf4jRendererLog.install();
    }

    public byte[] render(String html, Instant producedAt) {
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(document, folder.root().toUri().toString())
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .withProducer(PRODUCER)
                .useSVGDrawer(new BatikSVGDrawer())
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .defaultTextDirection(BaseRendererBuilder.TextDirection.LTR)
                .useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        registerFonts(builder);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument pdf = renderer.createPDFKeepOpen()) {
            fixTimestamps(pdf, producedAt);
            pdf.setDocumentId(producedAt.toEpochMilli());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering the PDF failed", e);
        }
    }

    /**
     * Every {@code .ttf} in the template's font folder, registered under the family and weight its
     * file name states ({@code NotoSans-Bold.ttf}: family "Noto Sans", weight 700).
     */
    private void registerFonts(PdfRendererBuilder builder) {
        Path fonts = folder.fonts();
        if (!Files.isDirectory(fonts)) {
            throw new TemplateFolder.InvalidTemplateFolderException("template folder " + folder.root() + " has no fonts/ folder");
        }
        try (Stream<Path> files = Files.list(fonts)) {
            List<Path> ttf = files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".ttf")).sorted().toList();
            for (Path file : ttf) {
                FontFile font = FontFile.of(file.getFileName().toString());
                builder.useFont(open(file), font.family(), font.weight(), font.style(), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list fonts in " + fonts, e);
        }
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
