package dev.briefing.ingest;

/**
 * How many of a run's inputs were unusable: the run fails when they are more than the allowed share,
 * instead of producing a briefing from the few readable leftovers.
 *
 * @param inputs every input of the run: the files of the folder (read or carried forward unchanged)
 *               and the further records of files holding many
 * @param skips  the inputs skipped as unusable
 */
public record SkipShare(long inputs, long skips) {

    public boolean exceeds(double maxShare) {
        return skips > allowed(maxShare);
    }

    /** Why the run stops, for the user: the counts and the setting that allows more. */
    public String explanation(double maxShare) {
        return skips + " of the " + inputs + " inputs are unusable, more than " + allowed(maxShare) + " unusable inputs: at most "
                + Math.round(maxShare * 100) + "% may be skipped (briefing.ingest.max-skip-share); the run stops"
                + " rather than make a briefing from the few readable leftovers";
    }

    private long allowed(double maxShare) {
        return (long) Math.floor(inputs * maxShare);
    }
}
