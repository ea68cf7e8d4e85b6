package dev.briefing.profile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a thread profile (YAML, format in README). A profile that is named but unreadable or
 * invalid stops the run with a message naming the file and the problem: running without the
 * threads the user asked for would produce a misleading briefing.
 */
public final class ThreadProfileLoader {

    /** The file name that makes a profile apply to an input folder without being named. */
    public static final String DEFAULT_FILE_NAME = "threads.yaml";

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public ThreadProfile load(Optional<Path> profileFile) {
        if (profileFile.isEmpty()) {
            return ThreadProfile.EMPTY;
        }
        Path file = profileFile.get();
        try {
            ThreadProfile profile = yaml.readValue(Files.readAllBytes(file), ThreadProfile.class);
            return profile == null ? ThreadProfile.EMPTY : profile;
        } catch (IOException e) {
            throw new InvalidProfileException("thread profile " + file + " cannot be read: " + e.getMessage(), e);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidProfileException("thread profile " + file + " is not valid: " + e.getMessage(), e);
        }
    }

    /** The profile a run uses: the one named, else {@code threads.yaml} in the input folder if present. */
    public static Optional<Path> resolve(Optional<Path> named, Path inputFolder) {
        if (named.isPresent()) {
            return named;
        }
        Path conventional = inputFolder.resolve(DEFAULT_FILE_NAME);
        return Files.isRegularFile(conventional) ? Optional.of(conventional) : Optional.empty();
    }

    public static class InvalidProfileException extends RuntimeException {
        public InvalidProfileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
