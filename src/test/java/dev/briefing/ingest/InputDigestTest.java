package dev.briefing.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InputDigestTest {

    @TempDir
    Path folder;

    @Test
    void changesWhenAFileIsAddedButNotWhenNothingChanged() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "one");
        String before = InputDigest.of(folder);

        assertThat(InputDigest.of(folder)).isEqualTo(before).hasSize(16);
        Files.writeString(folder.resolve("b.txt"), "two");
        assertThat(InputDigest.of(folder)).isNotEqualTo(before);
    }
}
