package dev.briefing.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder holding the user-editable briefing template: {@code briefing.html} (Thymeleaf),
 * {@code briefing.css}, and {@code fonts/} with the TrueType fonts embedded in the PDF. Read at
 * every run, so an edited template takes effect without rebuilding.
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
        for (String required : List.of(TEMPLATE + ".html", STYLESHEET)) {
            if (!Files.isRegularFile(root.resolve(required))) {
                throw new InvalidTemplateFolderException("template folder " + root + " has no " + required);
            }
        }
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
