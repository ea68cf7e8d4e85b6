package dev.briefing.job;

import dev.briefing.ingest.ArticleSourceReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long step as log lines: at most one every few seconds, plus the last, so a run
 * over a large folder shows it is moving without flooding the log.
 */
final class ProgressLog implements ArticleSourceReader.ProgressListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);
    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final String step;
    private final String unit;
    private long lastReport = System.nanoTime();

    ProgressLog(String step, String unit) {
        this.step = step;
        this.unit = unit;
    }

    @Override
    public void filesRead(int done, int total, String current) {
        long now = System.nanoTime();
        if (done == total || now - lastReport >= INTERVAL_NANOS) {
            lastReport = now;
            LOG.info("{}: {} of {} {} read ({}%), last {}", step, done, total, unit, total == 0 ? 100 : done * 100 / total, current);
        }
    }
}
