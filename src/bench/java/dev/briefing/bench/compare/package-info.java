/**
 * Two builds of the job compared on the suite's corpora: standalone runs of each build's jar,
 * alternating, so that a machine whose speed drifts during the comparison slows both builds
 * alike; step times from each run's job repository, and whether both builds placed every article
 * the same way.
 */
package dev.briefing.bench.compare;
