package dev.briefing.render;

import dev.briefing.SeedBriefings;
import dev.briefing.Seeds;
import dev.briefing.briefing.BriefingAssembler;
import dev.briefing.briefing.BriefingInput;
import dev.briefing.briefing.BriefingModel.Briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seeds' briefing rendered with the shipped template, as the render step renders it. */
final class SeedDocuments {

    static final TemplateFolder TEMPLATES = new TemplateFolder(Path.of("report-templates"));

    private SeedDocuments() {
    }

    static Briefing briefing(BriefingInput input) {
        return new BriefingAssembler(Seeds.TERMS, Seeds.ENTITIES).assemble(input);
    }

    static String html(Briefing briefing) {
        return new HtmlBriefingRenderer(TEMPLATES).render(briefing, PaperSize.A4, false);
    }

    static byte[] pdf(Briefing briefing, PaperSize paper) {
        HtmlBriefingRenderer html = new HtmlBriefingRenderer(TEMPLATES);
        return pdf(TEMPLATES, html.render(briefing, paper, true), html.render(briefing, paper, false).getBytes(StandardCharsets.UTF_8),
                SourceIndex.csv(briefing.sourceIndex()).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] pdf(TemplateFolder templates, String printed, byte[] standalone, byte[] sourceIndex) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfBriefingRenderer(templates).render(printed, standalone, sourceIndex, SeedBriefings.PRODUCED_AT.toInstant(), out);
        return out.toByteArray();
    }

    /** A copy of the shipped template folder in {@code folder}, for a test to change. */
    static Path copyOfTemplates(Path folder) throws IOException {
        Path templates = folder.resolve("templates");
        try (var files = Files.walk(TEMPLATES.root())) {
            for (Path file : files.toList()) {
                Path target = templates.resolve(TEMPLATES.root().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return templates;
    }

    static byte[] seedsPdf() {
        return pdf(briefing(SeedBriefings.seeds()), PaperSize.A4);
    }
}
