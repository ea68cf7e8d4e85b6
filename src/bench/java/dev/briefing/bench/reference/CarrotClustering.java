package dev.briefing.bench.reference;

import dev.briefing.bench.ChildJvm;
import dev.briefing.bench.HeapWatcher;
import dev.briefing.bench.corpus.CorpusRecords;
import dev.briefing.bench.corpus.CorpusRecords.GoldRecord;
import dev.briefing.thread.ClusteringScores;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.ClusteringAlgorithm;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.kmeans.BisectingKMeansClusteringAlgorithm;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Child-JVM entry point that clusters one corpus with Carrot2 and scores the result:
 * {@code algorithm(kmeans|lingo) clusterCount maximumMatrixSize file...} (a matrix size of 0 keeps
 * Carrot2's default). Each document is its title and text. Carrot2 returns overlapping (Lingo) or
 * nested clusters and may leave documents out, so its answer becomes a hard partition for
 * scoring: each document goes to the first cluster that holds it (clusters in the order returned,
 * sub-clusters after their parent), and a document in no cluster is a cluster of its own.
 */
public final class CarrotClustering {

    /** A corpus record as Carrot2 sees it: a title and a content field. */
    record PeerDocument(int index, String title, String text) implements Document {
        @Override
        public void visitFields(BiConsumer<String, String> fields) {
            fields.accept("title", title);
            fields.accept("content", text);
        }
    }

    private CarrotClustering() {
    }

    public static void main(String[] args) throws Exception {
        String algorithmName = args[0];
        int clusterCount = Integer.parseInt(args[1]);
        int matrixSize = Integer.parseInt(args[2]);
        List<Path> files = Arrays.stream(args).skip(3).map(Path::of).toList();

        long readStart = System.nanoTime();
        List<GoldRecord> records = CorpusRecords.read(files);
        List<PeerDocument> documents = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            documents.add(new PeerDocument(i, records.get(i).title(), records.get(i).text()));
        }
        double readSeconds = (System.nanoTime() - readStart) / 1e9;

        LanguageComponents english = LanguageComponents.loader().limitToLanguages("English").load().language("English");
        ClusteringAlgorithm algorithm = algorithm(algorithmName, clusterCount, matrixSize);
        try (HeapWatcher heap = new HeapWatcher()) {
            heap.start();
            long start = System.nanoTime();
            List<Cluster<PeerDocument>> clusters = algorithm.cluster(documents.stream(), english);
            double clusterSeconds = (System.nanoTime() - start) / 1e9;
            HeapWatcher.HeapUse heapUse = heap.stop();

            String[] partition = new String[documents.size()];
            int[] next = {0};
            assign(clusters, partition, next);
            int unclustered = 0;
            List<String> gold = new ArrayList<>();
            List<String> predicted = new ArrayList<>();
            for (int i = 0; i < partition.length; i++) {
                if (partition[i] == null) {
                    unclustered++;
                    partition[i] = "singleton " + i;
                }
                gold.add(records.get(i).cluster());
                predicted.add(partition[i]);
            }
            ClusteringScores scores = ClusteringScores.of(gold, predicted);
            ChildJvm.report("documents", documents.size());
            ChildJvm.report("goldClusters", gold.stream().distinct().count());
            ChildJvm.report("clusters", next[0]);
            ChildJvm.report("unclustered", unclustered);
            ChildJvm.report("readSeconds", readSeconds);
            ChildJvm.report("clusterSeconds", clusterSeconds);
            ChildJvm.report("bcubedPrecision", scores.bcubedPrecision());
            ChildJvm.report("bcubedRecall", scores.bcubedRecall());
            ChildJvm.report("bcubedF1", scores.bcubedF1());
            ChildJvm.report("heapAfterGcMax", heapUse.afterGcMax());
        }
    }

    static ClusteringAlgorithm algorithm(String name, int clusterCount, int matrixSize) {
        switch (name) {
            case "kmeans" -> {
                BisectingKMeansClusteringAlgorithm kmeans = new BisectingKMeansClusteringAlgorithm();
                kmeans.clusterCount.set(clusterCount);
                if (matrixSize > 0) {
                    kmeans.matrixBuilder.maximumMatrixSize.set(matrixSize);
                }
                return kmeans;
            }
            case "lingo" -> {
                LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
                lingo.desiredClusterCount.set(clusterCount);
                if (matrixSize > 0) {
                    lingo.matrixBuilder.maximumMatrixSize.set(matrixSize);
                }
                return lingo;
            }
            default -> throw new IllegalArgumentException("unknown algorithm " + name + " (kmeans or lingo)");
        }
    }

    /** Pre-order over the cluster tree: the first cluster holding a document claims it. */
    private static void assign(List<Cluster<PeerDocument>> clusters, String[] partition, int[] next) {
        for (Cluster<PeerDocument> cluster : clusters) {
            String label = "c" + next[0]++;
            for (PeerDocument document : cluster.getDocuments()) {
                if (partition[document.index()] == null) {
                    partition[document.index()] = label;
                }
            }
            assign(cluster.getClusters(), partition, next);
        }
    }
}
