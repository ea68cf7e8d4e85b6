package dev.briefing.briefing;

import dev.briefing.briefing.BriefingModel.FigureReport;
import dev.briefing.briefing.BriefingModel.FigureSeries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a thread's articles report (hostages, prisoners, people killed, wounded,
 * displaced), each as the article wrote it, with the clause it stands in, its source and date,
 * so that a reader sees how a figure changed over time. A number counts only when its clause says
 * what it counts; the first number of a clause takes the clause ("1.4 million of the Strip's 2.2
 * million people have been displaced" is one figure, not two).
 */
final class FigureFinder {

    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:million|thousand|hundred))?"
            + "|(?:a|one)\\s+(?:thousand|hundred)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\\w+)?|(?:eleven|twelve|fifteen)";
    private static final Pattern FIGURE = Pattern.compile("(?i)\\b((?:more than|over|about|around|approximately|nearly|almost|at least"
            + "|some|up to|fewer than|less than)\\s+)?(" + NUMBER + ")(?!\\d|[,.]\\d)");
    /** Punctuation that ends a clause (not the comma or point inside "7,300" or "1.4"), a dash, or "and the". */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:!?()]|[,.](?!\\d)|\\s[–—]\\s|\\band\\b(?=\\s+(?:the|a|an)\\b)");
    private static final int LOOK_BACK_CHARS = 90;
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b(?:" + MONTHS + ")\\s*$");

    /** What a figure counts, tried in order; the first whose words its clause holds wins. */
    private enum Measure {
        KILLED("Killed", "\\b(?:killed|dead|deaths?|martyrs?|fatalities|lost)\\b"),
        WOUNDED("Wounded", "\\b(?:wounded|injured)\\b"),
        DISPLACED("Displaced", "\\bdisplaced\\b"),
        HOSTAGES("Hostages and captives", "\\b(?:hostages?|captives?|abductees?|captured|abducted|kidnapped|detained|in captivity)\\b"),
        PRISONERS("Prisoners and detainees", "\\b(?:prisoners?|detainees?)\\b");

        private final String label;
        private final Pattern words;

        Measure(String label, String words) {
            this.label = label;
            this.words = Pattern.compile("(?i)" + words);
        }
    }

    List<FigureSeries> find(List<ReportText> reports) {
        Map<Measure, List<FigureReport>> byMeasure = new LinkedHashMap<>();
        for (Measure measure : Measure.values()) {
            byMeasure.put(measure, new ArrayList<>());
        }
        for (ReportText report : reports) {
            for (String sentence : StickingPointFinder.sentences(report)) {
                find(report, sentence, byMeasure);
            }
        }
        List<FigureSeries> series = new ArrayList<>();
        byMeasure.forEach((measure, figures) -> {
            if (!figures.isEmpty()) {
                figures.sort(Comparator.comparing((FigureReport f) -> f.sortDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(FigureReport::source));
                series.add(new FigureSeries(measure.label, List.copyOf(figures)));
            }
        });
        return series;
    }

    private static void find(ReportText report, String sentence, Map<Measure, List<FigureReport>> byMeasure) {
        Matcher figure = FIGURE.matcher(sentence);
        int clauseTaken = -1;
        while (figure.find()) {
            if (isYearOrDay(figure.group(2), sentence, figure.start(2), figure.end())) {
                continue;
            }
            int clauseStart = clauseStart(sentence, figure.start());
            if (clauseStart == clauseTaken) {
                continue;
            }
            int clauseEnd = clauseEnd(sentence, figure.end());
            String clause = sentence.substring(clauseStart, clauseEnd).strip();
            Measure measure = measureOf(sentence, figure, clause, clauseEnd);
            if (measure != null) {
                Matcher word = measure.words.matcher(sentence).region(figure.end(), clauseEnd);
                int end = word.find() ? word.end() : Math.min(clauseEnd, wordsAfter(sentence, figure.end(), 1));
                String written = sentence.substring(figure.start(), end).strip();
                byMeasure.get(measure).add(new FigureReport(written, StickingPointFinder.shortened(sentence), report.source(),
                        report.anchor(), report.date().brief(), report.date().sortDate()));
                clauseTaken = clauseStart;
            }
        }
    }

    /**
     * What a figure counts: a measure named after it in its clause ("50 prisoners were killed" is
     * a count of the killed: measures are tried in their declared order), else anywhere in its
     * clause; else, for people held, what the sentence named just before ("the number of prisoners
     * Hamas asks Israel to release, in principle more than a thousand").
     */
    private static Measure measureOf(String sentence, Matcher figure, String clause, int clauseEnd) {
        for (Measure measure : Measure.values()) {
            if (measure.words.matcher(sentence).region(figure.end(), clauseEnd).find()) {
                return measure;
            }
        }
        for (Measure measure : Measure.values()) {
            if (measure.words.matcher(clause).find()) {
                return measure;
            }
        }
        String before = sentence.substring(Math.max(0, figure.start() - LOOK_BACK_CHARS), figure.start());
        for (Measure measure : List.of(Measure.HOSTAGES, Measure.PRISONERS)) {
            if (measure.words.matcher(before).find()) {
                return measure;
            }
        }
        return null;
    }

    /** "2007", "7 October", "October 7", "42 days": dates and durations are not counts of people. */
    private static boolean isYearOrDay(String number, String sentence, int start, int end) {
        String before = sentence.substring(0, start).toLowerCase(Locale.ROOT);
        String after = sentence.substring(end).toLowerCase(Locale.ROOT);
        return number.matches("(?:19|20)\\d{2}")
                || MONTH_BEFORE.matcher(before).find()
                || after.matches("^\\s*(?:(?:" + MONTHS
                + "|days?|weeks?|months?|years?|hours?|minutes?|km|kilometres|kilometers|miles|per ?cent|tonnes|tons|billion)\\b|%).*");
    }

    private static int clauseStart(String sentence, int position) {
        int start = 0;
        Matcher end = CLAUSE_END.matcher(sentence);
        while (end.find() && end.end() <= position) {
            start = end.end();
        }
        return start;
    }

    private static int clauseEnd(String sentence, int position) {
        Matcher end = CLAUSE_END.matcher(sentence);
        return end.find(position) ? end.start() : sentence.length();
    }

    private static int wordsAfter(String sentence, int position, int words) {
        int at = position;
        for (int seen = 0; at < sentence.length() && seen <= words; at++) {
            if (sentence.charAt(at) == ' ') {
                seen++;
            }
        }
        return at >= sentence.length() ? sentence.length() : at - 1;
    }
}
