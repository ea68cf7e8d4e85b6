package dev.briefing.cli;

/** What the process exit code tells a script or scheduler about a run (also in README). */
public final class ExitCodes {

    /** The run completed; every input was used. */
    public static final int DONE = 0;
    /** The run failed (run the same command again, or {@code briefing restart}, to finish it). */
    public static final int FAILED = 1;
    /** The command line or its arguments were wrong; nothing was run. */
    public static final int USAGE = 2;
    /** The run completed and wrote its briefing, but some inputs were skipped (listed in it). */
    public static final int COMPLETED_WITH_SKIPS = 3;
    /** Another run on the same input folder is going on; nothing was started. */
    public static final int BUSY = 4;

    private ExitCodes() {
    }
}
