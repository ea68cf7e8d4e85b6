package dev.briefing.ingest;

/**
 * The share of an input folder that one worker of the partitioned ingest step reads: the files
 * whose relative path hashes to its index. {@link String#hashCode()} is specified, so a file
 * belongs to the same partition in every JVM, which a restarted worker relies on.
 */
public record Partition(int index, int count) {

    public static final Partition WHOLE = new Partition(0, 1);

    public Partition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("partition " + index + " of " + count);
        }
    }

    public boolean holds(InputFile file) {
        return Math.floorMod(file.relativePath().hashCode(), count) == index;
    }
}
