/**
 * The article: what the job understood of one input (cleaned body, title, outlet, language,
 * publication date with provenance, entities, fingerprints) as immutable records, and the store
 * that keeps articles per collection (input folder) without duplicating a source read twice.
 */
package dev.briefing.article;
