package dev.briefing.bench;

import dev.briefing.bench.corpus.BenchCorpus;
import dev.briefing.bench.job.JobMeasurement;
import dev.briefing.bench.micro.JmhSuite;
import dev.briefing.bench.reference.FloorMeasurement;
import dev.briefing.bench.reference.PeerMeasurement;
import dev.briefing.thread.ThreadingEvaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything one suite run measured, gathered for the report; a part that failed leaves a line in {@code problems}. */
public final class SuiteResults {

    final BenchSettings settings;
    final MachineFacts machine;
    final List<BenchCorpus> corpora = new ArrayList<>();
    final List<JobMeasurement> jobs = new ArrayList<>();
    final List<FloorMeasurement> floors = new ArrayList<>();
    final List<PeerMeasurement> peers = new ArrayList<>();
    ThreadingEvaluation.Result labelledQuality;
    int labelledDocuments;
    int labelledClusters;
    List<JmhSuite.Result> jmh;
    final List<String> problems = new ArrayList<>();

    SuiteResults(BenchSettings settings, MachineFacts machine) {
        this.settings = settings;
        this.machine = machine;
    }

    Optional<JobMeasurement> job(int size) {
        return jobs.stream().filter(job -> job.size() == size).findFirst();
    }

    Optional<FloorMeasurement> floor(int size) {
        return floors.stream().filter(floor -> floor.size() == size).findFirst();
    }

    Optional<PeerMeasurement> peer(String variant, String corpus) {
        return peers.stream().filter(p -> p.variant().equals(variant) && p.corpus().equals(corpus)).findFirst();
    }
}
