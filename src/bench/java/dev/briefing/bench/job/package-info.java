/**
 * The end-to-end measurement: the real briefing job, run in-process through Spring on one corpus
 * with a fresh database, timed step by step, with its heap and what it wrote.
 */
package dev.briefing.bench.job;
