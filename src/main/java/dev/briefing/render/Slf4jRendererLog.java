package dev.briefing.render;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * Sends openhtmltopdf's messages to the application log instead of its own console handler. Its
 * warnings are mostly CSS it does not support (browser-only rules in a shared stylesheet), so they
 * are logged at INFO under {@code com.openhtmltopdf} (set that logger to INFO when editing a
 * template); its errors stay warnings.
 */
final class Slf4jRendererLog implements XRLogger {

    private static final String PREFIX = "com.openhtmltopdf.";

    /** openhtmltopdf keeps its logger in a global; installing ours again is harmless. */
    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof Slf4jRendererLog)) {
            XRLog.setLoggerImpl(new Slf4jRendererLog());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(PREFIX + where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.warn(message, error);
        } else if (level.intValue() >= Level.INFO.intValue()) {
            logger.info(message, error);
        } else {
            logger.debug(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set in the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(PREFIX + diagnostic.getLogMessageId().getWhere());
        Level level = diagnostic.getLevel();
        return level.intValue() >= Level.SEVERE.intValue() ? logger.isWarnEnabled()
                : level.intValue() >= Level.INFO.intValue() ? logger.isInfoEnabled() : logger.isDebugEnabled();
    }
}
