package dev.briefing.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of wire-style negotiation reports of realistic length (about 250 to 700
 * words) and vocabulary, for tests that need many articles and for the benchmarks. Each article
 * belongs to one of many negotiations (its gold cluster), each with its own parties, mediator,
 * venue and issues, reported over a few months. Words follow a Zipf law over common English
 * words and a large generated vocabulary, so term statistics grow with the corpus as in real
 * news; sentence frames come from real reporting. The same seed gives the same corpus.
 */
public final class SyntheticCorpus {

    /** One generated article with its gold negotiation. */
    public record Article(String id, String negotiation, LocalDate published, String outlet, String title, String text) {
    }

    private static final String[] COMMON = ("the of and to in a that on for with said was is by as at from it his were be which an has "
            + "have had not are this but they their after its been who will would also more two one over last new than about "
            + "other into up year when out there all some government officials people could first them week while no before "
            + "against under during between such three only since military security country talks statement minister "
            + "agreement president forces sides spokesman delegation proposal meeting told news agency monday tuesday "
            + "wednesday thursday friday saturday sunday region capital border troops aid release prisoners ceasefire truce "
            + "negotiators mediators round deal draft plan framework guarantees withdrawal exchange humanitarian relief "
            + "corridor civilians detainees hostages sanctions elections constitution federal autonomy referendum "
            + "monitoring mission observers envoy foreign ministry council resolution parliament opposition coalition").split(" ");
    private static final String[] STATES = ("Aldoria Belmark Caravia Dunmore Estravia Folmar Galdor Hestria Ivalon Jorvik Kestrel "
            + "Lunaria Marvosa Norland Ostrava Pellmar Quorra Rivenia Saldana Tarvos Umbria Valdera Westmark Yarrow Zenthia "
            + "Arcadia Borovia Calvera Drakmor Elandria").split(" ");
    private static final String[] GROUPS = ("Liberation Front|People's Movement|Democratic Alliance|National Council|Revolutionary Army"
            + "|Unity Party|Resistance Committee|Federal Guard").split("\\|");
    private static final String[] CITIES = ("Marlow Tessen Corvallis Ostend Brevik Calder Dunholm Estoril Fenwick Galway Halden "
            + "Iskar Jaffna Kerrow Lindau Montreux Nyborg Orvieto Pascal Quimper Rostock Salerno Tromso Uppsala Valence").split(" ");
    private static final String[] OUTLETS = {"Example Wire", "Daily Example", "Example Times", "Gulf Daily Example", "Example Post",
        "Example Herald", "Example Tribune", "Example Observer"};
    private static final String[] FRAMES = {
        "%P1 and %P2 resumed talks in %V on %D under the auspices of %M, officials said.",
        "Negotiators from %P1 and %P2 met in %V for a %N round of talks on %I, %M said in a statement.",
        "%M presented a new draft proposal on %I to both delegations, according to two people familiar with the talks.",
        "The %P2 delegation rejected the proposal, insisting on %I before any agreement on %J.",
        "%P1 said it would not accept %J without guarantees from %M.",
        "A spokesman for %P2 told reporters in %V that the sides had narrowed their differences on %I.",
        "Talks are expected to continue next week in %V, a diplomat said.",
        "The previous round ended without agreement after the sides failed to resolve the question of %J.",
        "%M's envoy shuttled between the delegations late into the night, a source close to the mediation said.",
        "Both sides agreed to a prisoner exchange and to allow humanitarian aid into the affected areas.",
        "Observers said a breakthrough on %I would open the way to a comprehensive settlement.",
        "\u201CWe are closer than ever to an agreement,\u201D the %P1 chief negotiator said after the meeting.",
    };

    private final SplittableRandom random;
    private final String[] vocabulary;
    private final double[] cumulative;

    public SyntheticCorpus(long seed) {
        random = new SplittableRandom(seed);
        vocabulary = vocabulary(new SplittableRandom(seed ^ 0x5DEECE66DL), 60_000);
        cumulative = zipf(vocabulary.length, 1.07);
    }

    private record Negotiation(String id, String party1, String party2, String mediator, String venue, String[] issues,
            String[] signature, LocalDate start) {
    }

    /** {@code count} articles over {@code count / articlesPerNegotiation} negotiations, in publication order per negotiation. */
    public List<Article> articles(int count, int articlesPerNegotiation) {
        int negotiations = Math.max(1, count / articlesPerNegotiation);
        List<Negotiation> threads = new ArrayList<>();
        for (int n = 0; n < negotiations; n++) {
            threads.add(negotiation(n));
        }
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Negotiation thread = threads.get(i % negotiations);
            articles.add(article(i, thread, i / negotiations));
        }
        return articles;
    }

    /** Writes the articles as Markdown files with front matter, {@code perFolder} to a sub-folder. */
    public static void writeMarkdown(List<Article> articles, Path folder, int perFolder) {
        try {
            for (int i = 0; i < articles.size(); i++) {
                Article article = articles.get(i);
                Path sub = Files.createDirectories(folder.resolve(String.format(Locale.ROOT, "batch-%04d", i / perFolder)));
                Files.writeString(sub.resolve(article.id() + ".md"), "---\ntitle: " + article.title() + "\noutlet: " + article.outlet()
                        + "\npublished: " + article.published() + "\n---\n" + article.text() + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the articles as JSON Lines files of {@code perFile} records (with their gold {@code cluster}). */
    public static void writeJsonLines(List<Article> articles, Path folder, int perFile) {
        try {
            Files.createDirectories(folder);
            for (int start = 0; start < articles.size(); start += perFile) {
                Path file = folder.resolve(String.format(Locale.ROOT, "export-%05d.jsonl", start / perFile));
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (Article article : articles.subList(start, Math.min(articles.size(), start + perFile))) {
                        out.write("{\"id\":\"" + article.id() + "\",\"cluster\":\"" + article.negotiation() + "\",\"published\":\""
                                + article.published() + "\",\"outlet\":\"" + article.outlet() + "\",\"title\":\"" + json(article.title())
                                + "\",\"text\":\"" + json(article.text()) + "\"}\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private Negotiation negotiation(int n) {
        String party1 = STATES[n % STATES.length];
        String party2 = random.nextBoolean() ? STATES[(n * 7 + 3) % STATES.length]
                : party1 + " " + GROUPS[(n / STATES.length + n) % GROUPS.length];
        if (party2.equals(party1)) {
            party2 = STATES[(n + 1) % STATES.length];
        }
        String mediator = STATES[(n * 11 + 5) % STATES.length];
        String[] issues = new String[4];
        for (int i = 0; i < issues.length; i++) {
            issues[i] = "the " + rareWord() + " " + COMMON[130 + random.nextInt(COMMON.length - 130)];
        }
        String[] signature = new String[12];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = rareWord();
        }
        LocalDate start = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(900));
        return new Negotiation(String.format(Locale.ROOT, "negotiation-%05d", n), party1, party2, mediator,
                CITIES[(n * 5 + 2) % CITIES.length], issues, signature, start);
    }

    private Article article(int index, Negotiation thread, int nth) {
        LocalDate published = thread.start().plusDays(nth * 9L + random.nextInt(5));
        int sentences = 14 + random.nextInt(26);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            text.append(random.nextInt(3) == 0 ? frame(thread, published, nth) : sentence(thread));
            text.append(s % 4 == 3 ? "\n\n" : " ");
        }
        String title = capitalised(thread.party1() + " and " + thread.party2() + " " + pick("resume", "hold", "extend", "suspend")
                + " talks in " + thread.venue() + " on " + thread.issues()[random.nextInt(thread.issues().length)].substring(4));
        return new Article(String.format(Locale.ROOT, "a%07d", index), thread.id(), published, OUTLETS[random.nextInt(OUTLETS.length)],
                title, text.toString().strip());
    }

    private String frame(Negotiation thread, LocalDate date, int nth) {
        String frame = FRAMES[random.nextInt(FRAMES.length)];
        return frame.replace("%P1", thread.party1()).replace("%P2", thread.party2()).replace("%M", thread.mediator())
                .replace("%V", thread.venue()).replace("%D", date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
                .replace("%N", ordinal(nth + 1)).replace("%I", thread.issues()[random.nextInt(thread.issues().length)])
                .replace("%J", thread.issues()[random.nextInt(thread.issues().length)]);
    }

    /** A sentence of Zipf-distributed words, some of them the negotiation's own. */
    private String sentence(Negotiation thread) {
        int words = 8 + random.nextInt(22);
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = random.nextInt(9) == 0 ? thread.signature()[random.nextInt(thread.signature().length)] : zipfWord();
            sentence.append(w == 0 ? capitalised(word) : word).append(w == words - 1 ? "." : (random.nextInt(12) == 0 ? ", " : " "));
        }
        return sentence.toString();
    }

    private String zipfWord() {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return vocabulary[low];
    }

    private String rareWord() {
        return vocabulary[COMMON.length + 2000 + random.nextInt(vocabulary.length - COMMON.length - 2000)];
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String[] vocabulary(SplittableRandom random, int size) {
        String[] onsets = {"b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r", "s", "st", "t",
            "tr", "v", "w", "z"};
        String[] vowels = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
        String[] codas = {"", "n", "r", "l", "s", "t", "m", "nd", "rk", "st"};
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>(List.of(COMMON));
        while (words.size() < size) {
            int syllables = 2 + random.nextInt(3);
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                word.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)]);
            }
            word.append(codas[random.nextInt(codas.length)]);
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }

    private static double[] zipf(int size, double exponent) {
        double[] cumulative = new double[size];
        double total = 0;
        for (int rank = 1; rank <= size; rank++) {
            total += 1 / Math.pow(rank, exponent);
            cumulative[rank - 1] = total;
        }
        for (int i = 0; i < size; i++) {
            cumulative[i] /= total;
        }
        return cumulative;
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
