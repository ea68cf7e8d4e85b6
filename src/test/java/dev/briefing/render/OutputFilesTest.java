package dev.briefing.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.assertj.core.api.Assertions.assertThat;

class OutputFilesTest {

    @TempDir
    Path folder;

    @Test
    void sanitisesNamesFromUserInput() {
        assertThat(OutputFiles.sanitize("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(OutputFiles.sanitize("Négociations à Doha 2024")).isEqualTo("negociations-a-doha-2024");
        assertThat(OutputFiles.sanitize(".hidden")).isEqualTo("hidden");
        assertThat(OutputFiles.sanitize("///")).isEqualTo("briefing");
        assertThat(OutputFiles.sanitize("x".repeat(200))).hasSize(80);
    }

    @Test
    void replacesATargetWholeAndLeavesNoTemporaryFile() throws Exception {
        Path target = folder.resolve("out/briefing.pdf");
        OutputFiles.writeAtomically(target, "old".getBytes());
        OutputFiles.writeAtomically(target, "new".getBytes());

        assertThat(Files.readString(target)).isEqualTo("new");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("briefing.pdf");
        }
        assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OTHERS_READ);
    }
}
