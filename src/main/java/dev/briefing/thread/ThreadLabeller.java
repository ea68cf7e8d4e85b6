package dev.briefing.thread;

import dev.briefing.analyze.Gazetteer;
import dev.briefing.analyze.EntityType;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.analyze.TermExtractor.Token;
import dev.briefing.article.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

/**
 * Readable labels for threads found by clustering, from what their articles share: the phrase
 * that most distinguishes them (a two-word phrase such as "prisoner exchange" when the articles
 * share one, else their two most distinctive words), the actors most of them name, and the
 * mediators they report: "Ceasefire and prisoner exchange: Israel and Hamas (Qatar, Egypt mediation)".
 */
final class ThreadLabeller {

    /** Words every news report uses; they distinguish nothing. */
    private static final Set<String> NEWS_WORDS = Set.of("said", "say", "says", "told", "tell", "offici", "minist", "sourc", "report",
            "statement", "week", "month", "year", "dai", "monday", "tuesdai", "wednesdai", "thursdai", "fridai", "saturdai", "sundai",
            "januari", "februari", "march", "april", "mai", "june", "juli", "august", "septemb", "octob", "novemb", "decemb",
            "new", "first", "last", "accord", "also", "would", "could", "talk", "meet", "met",
            // function and number words the English stop list keeps
            "between", "after", "befor", "dure", "against", "within", "under", "over", "about", "while", "until", "sinc", "among",
            "on", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundr", "thousand", "million", "billion",
            "more", "most", "other", "all", "both", "each", "onli", "still", "even", "which", "who", "whom", "what", "when", "where",
            "ha", "have", "had", "been", "were", "wa", "do", "did", "can", "must", "should", "next", "earlier", "later",
            "from", "take", "effect", "press", "confer", "mediat", "call", "made", "make", "hold", "held", "visit", "includ", "agre",
            "so", "far", "part", "side");
    private static final int MAX_MEDIATORS = 3;

    private final TermExtractor termExtractor;
    private final Gazetteer gazetteer;

    ThreadLabeller(TermExtractor termExtractor, Gazetteer gazetteer) {
        this.termExtractor = termExtractor;
        this.gazetteer = gazetteer;
    }

    String label(List<Article> members, DocumentFrequencies frequencies) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a thread without articles has nothing to be labelled by");
        }
        int minimumShare = Math.max(members.size() > 1 ? 2 : 1, (int) Math.ceil(members.size() * 0.3));
        Set<String> nameTerms = new HashSet<>();
        Map<String, Integer> actorDocs = new TreeMap<>();
        Map<String, Integer> mediatorDocs = new TreeMap<>();
        for (Article article : members) {
            for (String name : article.entities().allNames()) {
                nameTerms.addAll(termExtractor.terms(name, article.language()));
                gazetteer.entry(name).ifPresent(entry -> entry.aliases()
                        .forEach(alias -> nameTerms.addAll(termExtractor.terms(alias, article.language()))));
            }
            article.entities().actors().stream().filter(this::isInstitution).forEach(a -> actorDocs.merge(a, 1, Integer::sum));
            article.entities().mediators().forEach(m -> mediatorDocs.merge(m, 1, Integer::sum));
        }
        String phrase = keyPhrase(members, frequencies, nameTerms, minimumShare);
        // An actor most of whose reports cast it as a mediator is a mediator; the most named of the rest are the parties.
        Set<String> mostlyMediating = mediatorDocs.entrySet().stream()
                .filter(e -> e.getValue() * 2 >= actorDocs.getOrDefault(e.getKey(), e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<String> parties = frequent(actorDocs, Math.max(1, (int) Math.ceil(members.size() * 0.5)), mostlyMediating)
                .stream().limit(2).toList();
        List<String> mediators = frequent(mediatorDocs, minimumShare, Set.copyOf(parties)).stream().limit(MAX_MEDIATORS).toList();
        StringBuilder label = new StringBuilder(phrase);
        if (!parties.isEmpty()) {
            label.append(label.isEmpty() ? "" : ": ").append(String.join(" and ", parties));
        }
        if (!mediators.isEmpty()) {
            label.append(label.isEmpty() ? "" : " ").append('(').append(String.join(", ", mediators)).append(" mediation)");
        }
        return label.isEmpty() ? members.get(0).displayTitle() : capitalised(label.toString());
    }

    private boolean isInstitution(String actor) {
        return gazetteer.entry(actor).map(e -> e.type() == EntityType.STATE || e.type() == EntityType.ORGANISATION).orElse(false);
    }

    /**
     * The distinctive two-word phrase most members use, else their two most distinctive words.
     *
     * <p>In two passes over the members' tokens: the first counts in how many members each term
     * and phrase occurs, the second gathers how the members wrote only the few it may choose.
     * Gathering the wording of every token was a third of labelling, which takes every article of
     * a 100,000-article archive once.
     */
    private String keyPhrase(List<Article> members, DocumentFrequencies frequencies, Set<String> nameTerms, int minimumShare) {
        List<List<Token>> memberTokens = new ArrayList<>(members.size());
        Map<String, Integer> termDocs = new HashMap<>();
        Map<Bigram, Integer> bigramDocs = new HashMap<>();
        for (Article article : members) {
            String text = article.hasOwnTitle() ? article.title() + ".\n" + article.plainText() : article.plainText();
            List<Token> tokens = usableTokens(termExtractor.tokens(text, article.language()), nameTerms);
            memberTokens.add(tokens);
            Set<String> seenTerms = new HashSet<>();
            Set<Bigram> seenBigrams = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                seenTerms.add(tokens.get(i).term());
                bigramEndingAt(tokens, i).ifPresent(seenBigrams::add);
            }
            seenTerms.forEach(t -> termDocs.merge(t, 1, Integer::sum));
            seenBigrams.forEach(b -> bigramDocs.merge(b, 1, Integer::sum));
        }
        Comparator<Map.Entry<String, Double>> byScore = Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        List<Map.Entry<Bigram, Integer>> shared = bigramDocs.entrySet().stream().filter(e -> e.getValue() >= minimumShare).toList();
        List<String> bigrams = shared.stream()
                .map(e -> Map.entry(e.getKey().toString(), e.getValue() * 1.5
                        * DoubleStream.of(frequencies.idf(e.getKey().first()), frequencies.idf(e.getKey().second())).average().orElse(0)))
                .sorted(byScore).map(Map.Entry::getKey).toList();
        if (bigrams.isEmpty()) {
            List<String> terms = termDocs.entrySet().stream().filter(e -> e.getValue() >= minimumShare)
                    .map(e -> Map.entry(e.getKey(), e.getValue() * frequencies.idf(e.getKey())))
                    .sorted(byScore).map(Map.Entry::getKey).limit(2).toList();
            Map<String, Map<String, Integer>> words = wordings(memberTokens, Set.copyOf(terms), Set.of());
            return terms.stream().map(t -> surface(words, t)).collect(Collectors.joining(" and "));
        }
        Map<String, Map<String, Integer>> words = wordings(memberTokens, Set.of(),
                shared.stream().map(Map.Entry::getKey).collect(Collectors.toSet()));
        // A topic is told by common nouns ("nuclear deal"); a capitalised phrase is a name the gazetteer lacks.
        List<String> commonBigrams = bigrams.stream().filter(b -> !capitalised(words, b)).toList();
        if (!commonBigrams.isEmpty()) {
            bigrams = commonBigrams;
        }
        String first = bigrams.get(0);
        Set<String> used = new HashSet<>(List.of(first.split(" ")));
        return bigrams.stream().skip(1).filter(b -> java.util.Arrays.stream(b.split(" ")).noneMatch(used::contains)).findFirst()
                .map(second -> surface(words, first) + " and " + surface(words, second))
                .orElse(surface(words, first));
    }

    /** Two adjacent usable terms; "talks talks" is no phrase, however often a text stutters it. */
    private record Bigram(String first, String second) {
        @Override
        public String toString() {
            return first + " " + second;
        }
    }

    private static List<Token> usableTokens(List<Token> tokens, Set<String> nameTerms) {
        // A token left out breaks adjacency: the usable ones around it are no phrase.
        List<Token> usable = new ArrayList<>(tokens.size());
        boolean previousUsable = false;
        for (Token token : tokens) {
            if (usable(token.term(), nameTerms)) {
                usable.add(previousUsable ? token : new Token(token.term(), token.word(), false));
                previousUsable = true;
            } else {
                previousUsable = false;
            }
        }
        return usable;
    }

    private static Optional<Bigram> bigramEndingAt(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i).adjacent() || tokens.get(i - 1).term().equals(tokens.get(i).term())) {
            return Optional.empty();
        }
        return Optional.of(new Bigram(tokens.get(i - 1).term(), tokens.get(i).term()));
    }

    /** How the members wrote each of the chosen terms and phrases (phrases by their text), with how often. */
    private static Map<String, Map<String, Integer>> wordings(List<List<Token>> memberTokens, Set<String> terms,
            Set<Bigram> bigrams) {
        Map<String, Map<String, Integer>> words = new HashMap<>();
        for (List<Token> tokens : memberTokens) {
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (terms.contains(token.term())) {
                    words.computeIfAbsent(token.term(), t -> new HashMap<>()).merge(token.word(), 1, Integer::sum);
                }
                Optional<Bigram> bigram = bigramEndingAt(tokens, i).filter(bigrams::contains);
                if (bigram.isPresent()) {
                    words.computeIfAbsent(bigram.get().toString(), b -> new HashMap<>())
                            .merge(tokens.get(i - 1).word() + " " + token.word(), 1, Integer::sum);
                }
            }
        }
        return words;
    }

    private static boolean capitalised(Map<String, Map<String, Integer>> words, String term) {
        return words.get(term).keySet().stream().noneMatch(word -> word.equals(word.toLowerCase(Locale.ROOT)));
    }

    private static boolean usable(String term, Set<String> nameTerms) {
        return !nameTerms.contains(term) && !NEWS_WORDS.contains(term) && !allDigits(term);
    }

    /** A loop, not a stream: it runs for every token of every article labelled, and a stream per token was a sixth of labelling. */
    private static boolean allDigits(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isDigit(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The way the articles most often wrote a stemmed term, in lower case unless they always
     * capitalise it (an acronym or a name the gazetteer does not know).
     */
    private static String surface(Map<String, Map<String, Integer>> words, String term) {
        Map<String, Integer> forms = new HashMap<>();
        words.get(term).forEach((word, count) -> forms.merge(word.toLowerCase(Locale.ROOT), count, Integer::sum));
        String common = forms.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        if (!capitalised(words, term)) {
            return common;
        }
        return words.get(term).entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(common))
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    private static List<String> frequent(Map<String, Integer> documents, int minimum, Set<String> excluded) {
        return documents.entrySet().stream().filter(e -> e.getValue() >= minimum && !excluded.contains(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static String capitalised(String label) {
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }
}
