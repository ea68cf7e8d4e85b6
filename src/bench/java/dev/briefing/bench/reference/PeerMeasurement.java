package dev.briefing.bench.reference;

/**
 * One Carrot2 run on one corpus, or why there was none.
 *
 * @param variant        which algorithm and settings (see {@link CarrotPeer.Variant})
 * @param corpus         the corpus name: its article count, or "labelled"
 * @param clusterCount   the cluster count Carrot2 was given: the true number of gold negotiations
 * @param readSeconds    reading the JSON Lines into documents (not counted in the throughput)
 * @param clusterSeconds Carrot2's clustering call alone, documents already in memory
 * @param skipped        why it did not run or finish, or null
 */
public record PeerMeasurement(String variant, String corpus, int documents, int clusterCount, int clusters, int unclustered,
        double readSeconds, double clusterSeconds, double bcubedPrecision, double bcubedRecall, double bcubedF1, long heapAfterGcMax,
        String skipped) {

    public static PeerMeasurement skipped(String variant, String corpus, int documents, int clusterCount, String reason) {
        return new PeerMeasurement(variant, corpus, documents, clusterCount, -1, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, -1, reason);
    }

    public boolean ran() {
        return skipped == null;
    }

    public double articlesPerSecond() {
        return ran() ? documents / clusterSeconds : Double.NaN;
    }
}
