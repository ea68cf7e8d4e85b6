package dev.briefing.ingest;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartitionTest {

    @Test
    void everyFileBelongsToExactlyOnePartitionAndTheSharesAreEven() {
        List<InputFile> files = IntStream.range(0, 4000).mapToObj(i -> "2024/" + (i % 12) + "/article-" + i + ".txt")
                .map(name -> new InputFile(Path.of(name), name)).toList();
        Map<String, ExecutionContext> partitions = new InputPartitioner().partition(4);

        assertThat(partitions).containsOnlyKeys("partition0", "partition1", "partition2", "partition3");
        List<Partition> shares = partitions.values().stream().map(InputPartitioner::of).toList();
        for (InputFile file : files) {
            assertThat(shares.stream().filter(share -> share.holds(file))).hasSize(1);
        }
        for (Partition share : shares) {
            assertThat(files.stream().filter(share::holds).count()).isBetween(900L, 1100L);
        }
    }

    @Test
    void aWholeFolderIsOnePartition() {
        assertThat(Partition.WHOLE.holds(new InputFile(Path.of("a.txt"), "a.txt"))).isTrue();
        assertThatThrownBy(() -> new Partition(2, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
