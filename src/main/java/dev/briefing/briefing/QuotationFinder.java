package dev.briefing.briefing;

import dev.briefing.analyze.EntityExtractor;
import dev.briefing.article.Entities;
import dev.briefing.article.Paragraph;
import dev.briefing.briefing.BriefingModel.Quotation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations and who said them: "“We are close,” the spokesman said", "Kirby said:
 * “…”", "X told Y that “…”". The speaker is the named actor of the attribution when the gazetteer
 * knows one, else the attribution's own words ("the presidential department"); a pronoun ("he
 * added") takes the speaker of the quotation before it in the same report, or leaves the
 * quotation out when there is none. Quotations of fewer than five words, and
 * quotations no speaker can be found for, are left out.
 */
final class QuotationFinder {

    static final int MIN_WORDS = 5;
    private static final Pattern QUOTED = Pattern.compile("[“\"«]([^”\"»“]{10,600}?)[”\"»“]");
    private static final String VERBS = "said|says|stated|states|told|tells|added|adds|announced|warned|stressed|explained|insisted"
            + "|insists|noted|declared|affirmed|wrote|asserted|argued|quoted";
    private static final Pattern AFTER = Pattern.compile("^[,.]?\\s*(?:(?<subject1>[^,.;“”\"]{2,80}?)\\s+(?:" + VERBS + ")\\b|(?:" + VERBS
            + ")\\s+(?<subject2>[^,.;“”\"]{2,60}?)(?:[,.]|$))");
    private static final Pattern BEFORE = Pattern.compile("(?<subject>[^,.;“”\"]{2,80}?)\\s+(?:" + VERBS + ")(?:\\s+[^,.;“”\"]{0,40}?)?"
            + "(?:\\s+that)?[\\s,:]*$");
    /** Attributions that name no one: a pronoun or a conjunction left of "said" ("..., but said"). */
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(?:he|she|they|it|but|and|also|then|who)$");

    private final EntityExtractor entities;

    QuotationFinder(EntityExtractor entities) {
        this.entities = entities;
    }

    List<Quotation> find(List<ReportText> reports) {
        List<Quotation> quotations = new ArrayList<>();
        for (ReportText report : reports) {
            String lastSpeaker = null;
            for (String sentence : StickingPointFinder.sentences(report)) {
                Matcher quoted = QUOTED.matcher(sentence);
                while (quoted.find()) {
                    String text = quoted.group(1).strip().replaceAll("[,.]$", "");
                    String speaker = speaker(sentence, quoted);
                    if (speaker != null && PRONOUN.matcher(speaker).matches()) {
                        speaker = lastSpeaker;
                    }
                    if (speaker == null || text.split("\\s+").length < MIN_WORDS) {
                        continue;
                    }
                    lastSpeaker = speaker;
                    quotations.add(new Quotation(text, speaker, report.source(), report.anchor(), report.date().brief()));
                }
            }
        }
        return quotations;
    }

    private String speaker(String sentence, Matcher quoted) {
        Matcher after = AFTER.matcher(sentence.substring(quoted.end()));
        String subject = null;
        if (after.find()) {
            subject = after.group("subject1") != null ? after.group("subject1") : after.group("subject2");
        } else {
            Matcher before = BEFORE.matcher(sentence.substring(0, quoted.start()));
            if (before.find()) {
                subject = before.group("subject");
            }
        }
        if (subject == null) {
            return null;
        }
        subject = subject.strip().replaceFirst("(?i)^(?:and|but|while|however|as)\\s+", "");
        Entities named = entities.extract(List.of(Paragraph.text(subject)));
        List<String> people = named.actors();
        if (!people.isEmpty()) {
            return people.size() == 1 ? people.get(0) : subject;
        }
        return subject.isBlank() ? null : subject;
    }
}
