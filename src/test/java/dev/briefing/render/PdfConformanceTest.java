package dev.briefing.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds' PDF checked offline with veraPDF: archival (PDF/A-3) and accessible (PDF/UA-1), with no failed rule. */
class PdfConformanceTest {

    static byte[] pdf;

    @BeforeAll
    static void render() {
        VeraGreenfieldFoundryProvider.initialise();
        pdf = SeedDocuments.seedsPdf();
    }

    private static ValidationResult validate(PDFAFlavour flavour) throws Exception {
        return validate(pdf, flavour);
    }

    private static ValidationResult validate(byte[] document, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(document), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser);
        }
    }

    private static String failures(ValidationResult result) {
        return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().collect(Collectors.joining("\n"));
    }

    @Test
    void isPdfA3() throws Exception {
        ValidationResult result = validate(PDFAFlavour.PDFA_3_U);

        assertThat(result.isCompliant()).as(failures(result)).isTrue();
    }

    @Test
    void theValidatorCatchesAFigureWithoutAlternativeText(@TempDir Path folder) throws Exception {
        Path templates = SeedDocuments.copyOfTemplates(folder);
        Path timeline = templates.resolve("fragments/timeline.html");
        Files.writeString(timeline, Files.readString(timeline).replace(",alt=${timeline.description}", ""));
        TemplateFolder withoutAlt = new TemplateFolder(templates);
        var briefing = SeedDocuments.briefing(dev.briefing.SeedBriefings.seeds());
        HtmlBriefingRenderer html = new HtmlBriefingRenderer(withoutAlt);
        byte[] broken = SeedDocuments.pdf(withoutAlt, html.render(briefing, PaperSize.A4, true), new byte[] {'x'}, new byte[] {'y'});

        ValidationResult result = validate(broken, PDFAFlavour.PDFUA_1);

        assertThat(result.isCompliant()).isFalse();
        assertThat(failures(result)).contains("7.3-1");
    }

    @Test
    void isPdfUa1() throws Exception {
        ValidationResult result = validate(PDFAFlavour.PDFUA_1);

        assertThat(result.isCompliant()).as(failures(result)).isTrue();
    }
}
