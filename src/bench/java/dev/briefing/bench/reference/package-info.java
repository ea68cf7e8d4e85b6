/**
 * What the job is measured against: the physical floor (reading and tokenizing the same bytes and
 * nothing else), the peer a Java user would reach for (Carrot2 clustering of the same documents),
 * and the quality of the grouping on labelled corpora (BCubed against gold clusters).
 */
package dev.briefing.bench.reference;
