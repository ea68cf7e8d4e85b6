/**
 * Reading the input folder: finding files, decoding their bytes, the input formats, and the
 * ingest step's reader, skip policy, skip recording and writer. Owns what a "skipped" or
 * "repaired" input is and records each with its reason; never decides what a text means.
 */
package dev.briefing.ingest;
