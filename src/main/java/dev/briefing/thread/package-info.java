/**
 * Grouping articles into negotiation threads and developments: profile-declared threads matched
 * paragraph by paragraph (with cross-references for the parts of an article about another
 * thread), online clustering for the rest, near-duplicate reports merged into one development,
 * and the persistence that keeps thread codes stable from run to run.
 */
package dev.briefing.thread;
