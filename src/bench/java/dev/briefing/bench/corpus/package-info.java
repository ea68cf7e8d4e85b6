/**
 * The benchmark corpora: synthetic negotiation reports from the tests' deterministic generator,
 * written once per size and seed as JSON Lines (with their gold negotiation) under
 * {@code target/bench-corpora/}, and read back as plain records by the reference measurements.
 */
package dev.briefing.bench.corpus;
