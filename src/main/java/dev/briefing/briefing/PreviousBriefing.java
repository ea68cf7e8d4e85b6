package dev.briefing.briefing;

import java.time.ZonedDateTime;

/** The briefing produced before this one on the same collection: which run, and when. */
public record PreviousBriefing(long jobInstanceId, ZonedDateTime producedAt) {
}
