package dev.briefing.render;

import dev.briefing.briefing.BriefingModel.Briefing;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.util.Locale;

/**
 * Renders the briefing model with the folder's Thymeleaf template. The same template serves the
 * standalone HTML file and the PDF: {@code pdf} tells it to add running headers, bookmarks and
 * page references. Expressions are Spring EL. Thymeleaf escapes every {@code th:text}, so article
 * text shows as text.
 */
public final class HtmlBriefingRenderer {

    private final TemplateFolder folder;
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public HtmlBriefingRenderer(TemplateFolder folder) {
        folder.validate();
        this.folder = folder;
        FileTemplateResolver resolver = folder.resolver();
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        // Parsed once per renderer: the render step makes a renderer per run, so an edited template
        // still takes effect at the next run, while within a run the thread fragment, included
        // once per thread, and the two renders (file and PDF) no longer read the files again.
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    public String render(Briefing briefing, PaperSize paper, boolean forPdf) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("briefing", briefing);
        context.setVariable("css", folder.stylesheet());
        context.setVariable("pdf", forPdf);
        context.setVariable("paper", paper.cssSize());
        return engine.process(TemplateFolder.TEMPLATE, context);
    }
}
