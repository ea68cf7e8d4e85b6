package dev.briefing.render;

import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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

    /** A template folder that lacks a required file or holds a broken one, with the file named. */
    public static class InvalidTemplateFolderException extends RuntimeException {
        public InvalidTemplateFolderException(String message) {
            super(message);
        }
    }

    public TemplateFolder {
        root = root.toAbsolutePath().normalize();
    }

    /** Fails, naming the file, when a required file is missing or a font is no TrueType font. */
    public void validate() {
        require(List.of(TEMPLATE + ".html", STYLESHEET));
        for (Path font : fontFiles()) {
            if (!isTrueType(font)) {
                throw new InvalidTemplateFolderException("template folder " + root + ": " + root.relativize(font) + " is not a TrueType font");
            }
        }
    }

    /** The {@code .ttf} files in {@code fonts/}, by name; none when there is no such folder. */
    public List<Path> fontFiles() {
        if (!Files.isDirectory(fonts())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(fonts())) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list fonts in " + fonts(), e);
        }
    }

    /** Whether the file starts as a TrueType font does (its sfnt version: 1.0, or Apple's "true"). */
    private static boolean isTrueType(Path font) {
        byte[] start = new byte[4];
        try (InputStream in = Files.newInputStream(font)) {
            if (in.readNBytes(start, 0, 4) < 4) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + font, e);
        }
        return Arrays.equals(start, new byte[] {0, 1, 0, 0}) || Arrays.equals(start, "true".getBytes(StandardCharsets.US_ASCII));
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
     * A Thymeleaf resolver for templates in this folder, read as UTF-8 and not cached, so that a
     * template edited between two runs of one process takes effect; a user that lives for one run
     * only may turn caching on.
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
