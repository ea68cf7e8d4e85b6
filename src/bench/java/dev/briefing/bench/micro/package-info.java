/**
 * JMH microbenchmarks of the job's hot pieces that are public (tokenizing, fingerprinting), the
 * realistic articles they run over, and the runner that starts JMH from the suite. The pieces that
 * are package-private to {@code dev.briefing.thread} (TF-IDF similarity, candidate search) have
 * their benchmarks in that package, under {@code src/bench/java}.
 */
package dev.briefing.bench.micro;
