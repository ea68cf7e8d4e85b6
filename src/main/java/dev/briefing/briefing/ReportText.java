package dev.briefing.briefing;

import dev.briefing.briefing.BriefingModel.DateDisplay;

import java.util.List;

/**
 * The text one article contributes to a thread (its main part or a cross-referenced part), with
 * what a citation of it needs: its number in the briefing, its anchor and its date.
 */
record ReportText(int source, String anchor, DateDisplay date, String language, List<String> paragraphs) {
}
