package dev.briefing.ingest;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Splits ingest into one partition per worker. Each partition is only its index and the count,
 * not a list of files: a worker picks its files from the folder itself ({@link Partition}), so the
 * job repository never stores file lists, however large the folder, and a restarted worker finds
 * the same share.
 */
public class InputPartitioner implements Partitioner {

    public static final String INDEX = "partition.index";
    public static final String COUNT = "partition.count";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int index = 0; index < gridSize; index++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(INDEX, index);
            context.putInt(COUNT, gridSize);
            partitions.put(name(index), context);
        }
        return partitions;
    }

    /** The names of the partitions of an ingest split {@code gridSize} ways. */
    public static List<String> names(int gridSize) {
        return IntStream.range(0, gridSize).mapToObj(InputPartitioner::name).toList();
    }

    private static String name(int index) {
        return "partition" + index;
    }

    /** The partition a worker's step execution context describes. */
    public static Partition of(ExecutionContext context) {
        return new Partition(context.getInt(INDEX, 0), context.getInt(COUNT, 1));
    }
}
