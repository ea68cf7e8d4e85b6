/**
 * The benchmark suite of the briefing job (see BENCHMARKS.md at the top of the repository): its
 * entry point {@link dev.briefing.bench.BenchmarkSuite}, the settings it reads, and what every
 * part shares: the machine facts, the heap watch, child JVMs, and the report (plain text on
 * standard output, Markdown in {@code target/benchmarks/report.md}). Compiled and run only by the
 * Maven profile {@code bench}; the sub-packages hold the corpora, the end-to-end run, the
 * reference measurements (floor, peer, quality), the JMH microbenchmarks, and the comparison of
 * two builds in alternating standalone runs.
 */
package dev.briefing.bench;
