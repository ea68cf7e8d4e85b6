package dev.briefing.ingest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleSourceReaderTest {

    @TempDir
    Path folder;

    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void files() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "Talks resumed in Cairo.");
        Files.writeString(folder.resolve("b.txt"), "");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/c.txt"), "Mediators met in Doha.");
        Files.writeString(folder.resolve("threads.yaml"), "threads: []");
        Files.writeString(folder.resolve(".hidden.txt"), "not an article");
    }

    private ArticleSourceReader reader() {
        InputReader inputReader = new InputReader(List.of(new PlainTextFormat()), 1_000_000);
        return new ArticleSourceReader(folder, "/c", Partition.WHOLE, new InputScanner(), inputReader, ReadHistory.NONE,
                new ArticleSourceReader.ProgressListener() {
                    @Override
                    public void filesToRead(int count) {
                        progress.add("of " + count);
                    }

                    @Override
                    public void fileRead(String relativePath) {
                        progress.add(relativePath);
                    }
                });
    }

    @Test
    void readsEveryArticleInPathOrderAndThrowsASkipForABadFileAfterMovingPastIt() {
        ArticleSourceReader reader = reader();
        reader.open(new ExecutionContext());

        assertThat(reader.read().source().path()).isEqualTo("a.txt");
        assertThatThrownBy(reader::read).isInstanceOf(SkippedInputException.class).hasMessage("b.txt: the file is empty");
        assertThat(reader.read().source().path()).isEqualTo("sub/c.txt");
        assertThat(reader.read()).isNull();
        assertThat(reader.inputFileCount()).as("hidden and control files are not inputs").isEqualTo(3);
        assertThat(progress).containsExactly("of 3", "a.txt", "b.txt", "sub/c.txt");
    }

    @Test
    void aRestartedReaderContinuesAtTheSavedFileEvenIfEarlierFilesChanged() throws Exception {
        ArticleSourceReader first = reader();
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        first.read();
        first.update(context);

        Files.delete(folder.resolve("a.txt"));
        Files.writeString(folder.resolve("0-new.txt"), "A file added before the restart.");
        ArticleSourceReader restarted = reader();
        restarted.open(context);

        assertThatThrownBy(restarted::read).isInstanceOf(SkippedInputException.class).hasMessageStartingWith("b.txt");
        assertThat(restarted.read().source().path()).isEqualTo("sub/c.txt");
        assertThat(restarted.read()).isNull();
    }
}
