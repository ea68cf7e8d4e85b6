/**
 * The negotiation briefing job: news articles in, chronological briefings (HTML and PDF) out.
 * Packages follow the flow of data: {@code ingest} -> {@code analyze} -> {@code thread} ->
 * {@code briefing} -> {@code render}, with {@code article} (the domain and its
 * store) and {@code profile} (the user's declarations) beneath them, {@code job} wiring the flow
 * into Spring Batch steps, and {@code cli} in front.
 */
package dev.briefing;
