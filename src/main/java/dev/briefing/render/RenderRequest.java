package dev.briefing.render;

import dev.briefing.briefing.TimeframeUnit;
import dev.briefing.profile.ThreadProfile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * What the render step is asked to produce for one run.
 *
 * @param outputFolder the folder the briefing files go into (created if missing)
 * @param from         start of the period, or null for open
 * @param to           end of the period, or null for open
 */
public record RenderRequest(
        long collectionId,
        long jobInstanceId,
        String collectionName,
        ThreadProfile profile,
        Path outputFolder,
        LocalDate from,
        LocalDate to,
        TimeframeUnit timeframeUnit,
        PaperSize paper,
        java.util.Set<OutputFormat> formats,
        TemplateFolder templates,
        ZonedDateTime producedAt,
        int maxDetailedDevelopments) {
}
