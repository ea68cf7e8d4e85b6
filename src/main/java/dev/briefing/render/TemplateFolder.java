package dev.briefing.render;

import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder holding the user-editable briefing template: {@code briefing.html} (Thymeleaf),
 * {@code briefing.css}, and {@code fonts/} with the TrueType fonts embedded in the PDF, and the
 * templates of other outputs (such as the delivery email). Read at every run, so an edited
 * template takes effect without rebuilding.
 */
public record TemplateFolder(Path root) {

    public static final String TEMPLATE = "briefing";
    public static final String STYLESHEET = "briefing.css";
    public static final String FONTS = "fonts";

    /** A template folder that lacks a required file, with the file named. */
    public static class InvalidTemplateFolderException extends RuntimeException {
        public InvalidTemplateFolderException(String message) {
            super(message);
        }
    }

    public TemplateFolder {
        root = root.toAbsolutePath().normalize();
    }

    public void validate() {
        require(List.of(TEMPLATE + ".html", STYLESHEET));
    }

    /** Fails, naming the first missing file, unless the folder holds every one of {@code files}. */
    public void require(List<String> files) {
        for (String required : files) {
            if (!Files.isRegularFile(root.resolve(required))) {
                throw new InvalidTemplateFolderException("template folder " + root + " has no " + required);
            }
        }
    }

    /**
     * A Thymeleaf resolver for templates in this folder, read as UTF-8 and never cached, so that a
     * template edited between two runs of one process takes effect.
     */
    public FileTemplateResolver resolver() {
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(root + "/");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        return resolver;
    }

    public String stylesheet() {
        try {
            return Files.readString(root.resolve(STYLESHEET), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.resolve(STYLESHEET), e);
        }
    }

    public Path fonts() {
        return root.resolve(FONTS);
    }
}
