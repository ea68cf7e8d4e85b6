package dev.briefing.bench.reference;

/**
 * The physical floor on one corpus: reading its bytes, parsing its JSON Lines and tokenizing each
 * article's title and text with the job's tokenizer, and nothing else.
 *
 * @param tokens the terms produced, so that no work can be skipped as dead code
 */
public record FloorMeasurement(int size, int workers, long articles, long bytes, long tokens, double seconds) {

    public double articlesPerSecond() {
        return articles / seconds;
    }

    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds;
    }
}
