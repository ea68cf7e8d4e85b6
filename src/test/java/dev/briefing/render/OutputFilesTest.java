package dev.briefing.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aStreamedWriteThatFailsMidwayLeavesTheOldFileAndNoTemporaryOne() throws Exception {
        Path target = folder.resolve("out/briefing.pdf");
        OutputFiles.writeAtomically(target, "old".getBytes());

        assertThatThrownBy(() -> OutputFiles.writeAtomically(target, out -> {
            out.write(new byte[64 * 1024]);
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");

        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("briefing.pdf");
        }
    }

    @Test
    void aCopyReplacesItsTargetWhole() throws Exception {
        Path source = Files.writeString(folder.resolve("briefing.pdf"), "new briefing");
        Path target = Files.writeString(Files.createDirectories(folder.resolve("shared")).resolve("seeds.pdf"), "old briefing");

        OutputFiles.copyAtomically(source, target);

        assertThat(Files.readString(target)).isEqualTo("new briefing");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("seeds.pdf");
        }
    }

    @Test
    void aPointerIsARelativeSymbolicLinkReplacedInOneStep() throws Exception {
        Path shared = Files.createDirectories(folder.resolve("shared"));
        Path first = Files.writeString(shared.resolve("seeds-2026-11-22.pdf"), "first");
        Path second = Files.writeString(shared.resolve("seeds-2026-11-23.pdf"), "second");
        Path latest = shared.resolve("latest.pdf");

        assertThat(OutputFiles.pointAtomically(latest, first)).isEqualTo(OutputFiles.Pointer.SYMBOLIC_LINK);
        OutputFiles.pointAtomically(latest, second);

        assertThat(Files.readSymbolicLink(latest)).isEqualTo(Path.of("seeds-2026-11-23.pdf"));
        assertThat(Files.readString(latest)).isEqualTo("second");
        try (var files = Files.list(shared)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("seeds-2026-11-22.pdf", "seeds-2026-11-23.pdf",
                    "latest.pdf");
        }
    }

    /** A file system without symbolic links (a zip file's, here; some network shares on Windows) gets a copy instead. */
    @Test
    void whereSymbolicLinksAreRefusedAPointerIsACopyReplacedInOneStep() throws Exception {
        try (FileSystem zip = FileSystems.newFileSystem(folder.resolve("share.zip"), Map.of("create", "true"))) {
            Path shared = Files.createDirectories(zip.getPath("/shared"));
            Path first = Files.writeString(shared.resolve("seeds-2026-11-22.pdf"), "first");
            Path second = Files.writeString(shared.resolve("seeds-2026-11-23.pdf"), "second");
            Path latest = shared.resolve("latest.pdf");

            assertThat(OutputFiles.pointAtomically(latest, first)).isEqualTo(OutputFiles.Pointer.COPY);
            assertThat(OutputFiles.pointAtomically(latest, second)).isEqualTo(OutputFiles.Pointer.COPY);

            assertThat(Files.isSymbolicLink(latest)).isFalse();
            assertThat(Files.readString(latest)).isEqualTo("second");
            assertThat(Files.readString(first)).isEqualTo("first");
            try (var files = Files.list(shared)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("seeds-2026-11-22.pdf",
                        "seeds-2026-11-23.pdf", "latest.pdf");
            }
        }
    }
}
