package dev.briefing.bench;

import java.time.Duration;
import java.util.Locale;

/** Number formats shared by the report's tables, fixed to the root locale so reports compare as text. */
public final class Format {

    private Format() {
    }

    public static String seconds(double seconds) {
        return Double.isNaN(seconds) ? "n/a" : String.format(Locale.ROOT, seconds < 10 ? "%.2f" : "%.1f", seconds);
    }

    public static String seconds(Duration duration) {
        return duration == null ? "n/a" : seconds(duration.toNanos() / 1e9);
    }

    public static String rate(double perSecond) {
        if (Double.isNaN(perSecond) || Double.isInfinite(perSecond)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, perSecond < 100 ? "%.1f" : "%,.0f", perSecond);
    }

    public static String ratio(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, ratio < 0.01 ? "%.4f" : ratio < 0.1 ? "%.3f" : "%.2f", ratio);
    }

    public static String score(double score) {
        return Double.isNaN(score) ? "n/a" : String.format(Locale.ROOT, "%.3f", score);
    }

    public static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f MiB", bytes / (1024.0 * 1024));
    }

    public static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    public static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    public static String count(long count) {
        return count < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", count);
    }

    public static String decimal(double value, int digits) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + digits + "f", value);
    }
}
