package dev.briefing.analyze;

import dev.briefing.article.Entities;
import dev.briefing.article.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds gazetteer names in an article and decides their roles: actors, places, and mediators
 * (actors named next to a word of mediation, "Qatari mediation", "brokered by Saudi Arabia and the
 * United States", "Egypt and Qatar, the main mediators", that are not a party "between X and Y").
 * A capital city counts as its state when it acts: in the possessive ("Doha's mediation"), as a
 * party, in a mediation sentence, or as the subject of a reporting verb ("Washington estimates").
 */
public final class EntityExtractor {

    /** How words of mediation begin ("mediators", "brokered", "facilitating"); "go-between" is the one fixed word. */
    private static final List<String> MEDIATION_STEMS = List.of("mediat", "broker", "intermediar", "facilitat");
    private static final String GO_BETWEEN = "go-between";
    private static final String ANY_MEDIATION_STEM = String.join("|", MEDIATION_STEMS);
    /** A word of mediation starting anywhere in a sentence. */
    private static final Pattern MEDIATION_CUE = Pattern.compile("(?i)\\b(?:(?:" + ANY_MEDIATION_STEM + ")\\w*|" + GO_BETWEEN + ")");
    /** What every match of {@link #MEDIATION_CUE} contains, lower-cased. */
    private static final List<String> MEDIATION_CUE_STEMS = Stream.concat(MEDIATION_STEMS.stream(), Stream.of(GO_BETWEEN)).toList();
    /** A token that is a word of mediation. */
    private static final Pattern MEDIATION_WORD = Pattern.compile("(?i)(?:" + ANY_MEDIATION_STEM + ")\\w*|" + GO_BETWEEN);
    /** Words that may stand between a mediation word and the mediators it names. */
    private static final Set<String> MEDIATION_LINKS = Set.of("and", "or", "the", "by", "of", "from", "with", "alongside", "continues",
            "continued", "continue", "main", "key", "chief", "principal", "joint", "regional", "international", "as", "efforts", "effort",
            "led", "role", "s");
    private static final Set<String> ACTING_VERBS = Set.of(
            "said", "says", "is", "was", "has", "had", "will", "would", "informed", "told", "announced",
            "estimates", "estimated", "insists", "insisted", "rejected", "accepted", "agreed", "demands",
            "demanded", "warned", "stated", "confirmed", "denied", "sent", "proposed", "wants", "hopes");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** After these a state or capital names where something happens, not who acts. */
    private static final Set<String> LOCATIVES = Set.of("in", "inside", "at", "near", "across", "throughout", "into");

    private final Gazetteer gazetteer;

    public EntityExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Whether a sentence holds a mediation cue. Most sentences hold none of the cue words, so the
     * expression runs only on those that contain one (lower-casing can only add such words, never
     * remove one): running it on every sentence was a sixteenth of ingest at 100,000 articles.
     */
    static boolean cuesMediation(String sentence) {
        String lowerCased = sentence.toLowerCase(Locale.ROOT);
        for (String stem : MEDIATION_CUE_STEMS) {
            if (lowerCased.contains(stem)) {
                return MEDIATION_CUE.matcher(sentence).find();
            }
        }
        return false;
    }

    public Entities extract(List<Paragraph> body) {
        Set<String> actors = new TreeSet<>();
        Set<String> places = new TreeSet<>();
        Set<String> mediationActors = new TreeSet<>();
        Set<String> parties = new TreeSet<>();
        for (Paragraph paragraph : body) {
            for (String sentence : Sentences.split(paragraph.text())) {
                List<Mention> mentions = mentions(sentence);
                boolean mediation = cuesMediation(sentence);
                Set<Integer> partyMentions = partyMentionIndexes(mentions);
                Set<Integer> mediatorMentions = mediation ? mediatorMentionIndexes(mentions) : Set.of();
                for (int i = 0; i < mentions.size(); i++) {
                    Mention mention = mentions.get(i);
                    GazetteerEntry entry = mention.entry();
                    Optional<String> actor = actorOf(mention, mediation || partyMentions.contains(i));
                    if (mention.locative() && entry.type() == EntityType.STATE) {
                        places.add(entry.name());
                        continue;
                    }
                    if (entry.type() == EntityType.PLACE && actor.isEmpty()) {
                        places.add(entry.name());
                    }
                    if (actor.isEmpty()) {
                        continue;
                    }
                    actors.add(actor.get());
                    if (partyMentions.contains(i)) {
                        parties.add(actor.get());
                    } else if (mediatorMentions.contains(i) && isInstitution(actor.get())) {
                        mediationActors.add(actor.get());
                    }
                }
            }
        }
        mediationActors.removeAll(parties);
        return new Entities(List.copyOf(actors), List.copyOf(places), List.copyOf(mediationActors));
    }

    /** The parties a text names in "between X and Y" (with at most an article before each name). */
    private static Set<Integer> partyMentionIndexes(List<Mention> mentions) {
        Set<Integer> indexes = new TreeSet<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention first = mentions.get(i);
            Mention second = mentions.get(i + 1);
            if (first.followsBetween() && second.followsAndAfter(first)) {
                indexes.add(i);
                indexes.add(i + 1);
            }
        }
        return indexes;
    }

    /**
     * The names a mediation word reaches: walking away from it in either direction over names and
     * linking words ("and", "the", "by", "main" ...), stopping at the first other word.
     */
    private static Set<Integer> mediatorMentionIndexes(List<Mention> mentions) {
        Set<Integer> indexes = new TreeSet<>();
        if (mentions.isEmpty()) {
            return indexes;
        }
        List<String> tokens = mentions.get(0).sentenceTokens();
        for (int cue = 0; cue < tokens.size(); cue++) {
            if (!MEDIATION_WORD.matcher(tokens.get(cue)).matches()) {
                continue;
            }
            collect(mentions, tokens, cue - 1, -1, indexes);
            collect(mentions, tokens, cue + 1, 1, indexes);
        }
        return indexes;
    }

    private static void collect(List<Mention> mentions, List<String> tokens, int from, int step, Set<Integer> indexes) {
        int position = from;
        while (position >= 0 && position < tokens.size()) {
            int at = position;
            Optional<Integer> mention = java.util.stream.IntStream.range(0, mentions.size()).boxed()
                    .filter(i -> mentions.get(i).start() <= at && at < mentions.get(i).end()).findFirst();
            if (mention.isPresent()) {
                indexes.add(mention.get());
                position = step > 0 ? mentions.get(mention.get()).end() : mentions.get(mention.get()).start() - 1;
            } else if (MEDIATION_LINKS.contains(tokens.get(position).toLowerCase(java.util.Locale.ROOT))) {
                position += step;
            } else {
                return;
            }
        }
    }

    private Optional<String> actorOf(Mention mention, boolean actingContext) {
        GazetteerEntry entry = mention.entry();
        if (entry.type().isActor()) {
            return Optional.of(entry.name());
        }
        if (entry.type() == EntityType.PLACE && entry.standsFor() != null && !mention.locative()
                && (actingContext || mention.possessive() || mention.followedByActingVerb())) {
            return Optional.of(entry.standsFor());
        }
        return Optional.empty();
    }

    private boolean isInstitution(String actor) {
        return gazetteer.entry(actor).map(e -> e.type() == EntityType.STATE || e.type() == EntityType.ORGANISATION).orElse(false);
    }

    private List<Mention> mentions(String sentence) {
        List<String> raw = NameTokens.raw(sentence);
        List<String> tokens = raw.stream().map(NameTokens::stripPossessive).toList();
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Map.Entry<GazetteerEntry, Integer>> match = gazetteer.trie().longestMatch(tokens, i);
            if (match.isEmpty()) {
                i++;
                continue;
            }
            int end = i + match.get().getValue();
            mentions.add(new Mention(match.get().getKey(), raw, i, end));
            i = end;
        }
        return mentions;
    }

    /** One gazetteer name found at tokens {@code [start, end)} of a sentence. */
    private record Mention(GazetteerEntry entry, List<String> sentenceTokens, int start, int end) {

        boolean locative() {
            return start > 0 && LOCATIVES.contains(sentenceTokens.get(start - 1).toLowerCase(java.util.Locale.ROOT));
        }

        boolean possessive() {
            return NameTokens.isPossessive(sentenceTokens.get(end - 1));
        }

        boolean followedByActingVerb() {
            return end < sentenceTokens.size() && ACTING_VERBS.contains(sentenceTokens.get(end).toLowerCase(java.util.Locale.ROOT));
        }

        boolean followsBetween() {
            int before = start - 1;
            if (before >= 0 && DETERMINERS.contains(sentenceTokens.get(before).toLowerCase(java.util.Locale.ROOT))) {
                before--;
            }
            return before >= 0 && sentenceTokens.get(before).equalsIgnoreCase("between");
        }

        boolean followsAndAfter(Mention previous) {
            int gap = start - previous.end;
            if (gap == 1) {
                return sentenceTokens.get(previous.end).equalsIgnoreCase("and");
            }
            return gap == 2 && sentenceTokens.get(previous.end).equalsIgnoreCase("and")
                    && DETERMINERS.contains(sentenceTokens.get(previous.end + 1).toLowerCase(java.util.Locale.ROOT));
        }
    }
}
