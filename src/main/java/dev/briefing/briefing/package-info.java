/**
 * What a briefing says: the model a template receives, built from the threaded articles of a run
 * (chronological numbering, development dates and extractive summaries, timeframes, overview).
 * Independent of any output format.
 */
package dev.briefing.briefing;
