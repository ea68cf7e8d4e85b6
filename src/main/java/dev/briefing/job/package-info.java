/**
 * Spring Batch wiring of {@code briefingJob} (ingest -> thread -> render), the run parameters that
 * identify a run, the job's settings, and the service that starts or restarts a run. Wiring only:
 * the work is done by the feature packages' readers, processors and writers.
 */
package dev.briefing.job;
