/**
 * Understanding one article: removing site chrome, titles and outlets, publication dates (stated,
 * estimated from evidence, or undated), actors, places and mediators from the gazetteer, language,
 * index terms and content fingerprints. Stateless components, shared by every step.
 */
package dev.briefing.analyze;
