package dev.briefing.analyze;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Identifies the language of an article body with Apache OpenNLP's language detector (103
 * languages). Texts too short to tell, or predictions without confidence, are {@code und}.
 */
public final class LanguageIdentifier {

    public static final String UNDETERMINED = "und";
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    private static final int MIN_LETTERS = 20;
    /** The best language must be this many times likelier than the runner-up to be believed. */
    private static final double MIN_LEAD_RATIO = 1.5;
    /** Five hundred characters tell a language as well as the whole text (checked on the test corpora), at a fraction of the cost. */
    private static final int SAMPLE_CHARACTERS = 500;
    /**
     * Most texts are told from their first 250 characters already: when the detector puts one
     * language this many times ahead there, the 500 would not change the answer. On the validation
     * set (two passages of each of 120 translations of the Universal Declaration of Human Rights,
     * and the seeds) the quick answer never differed from the full one. Detection cost grows with
     * the sample, and it was a third of reading an archive.
     */
    private static final int QUICK_SAMPLE_CHARACTERS = 250;
    private static final double QUICK_LEAD_RATIO = 3;

    private final LanguageDetectorModel model;
    private final Map<String, String> twoLetterCodes = new HashMap<>();

    public LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE + " is missing from the classpath");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language model", e);
        }
        for (String code : Locale.getISOLanguages()) {
            try {
                twoLetterCodes.put(new Locale(code).getISO3Language(), code);
            } catch (MissingResourceException noThreeLetterCode) {
                // a few two-letter codes have no three-letter form; nothing to map
            }
        }
    }

    /** ISO 639-1 code where one exists (else the detector's ISO 639-3 code), or {@code und}. */
    public String identify(String text) {
        if (tooFewLetters(text)) {
            return UNDETERMINED;
        }
        if (text.length() > QUICK_SAMPLE_CHARACTERS) {
            Language[] quick = ranked(text, QUICK_SAMPLE_CHARACTERS);
            if (leads(quick, QUICK_LEAD_RATIO)) {
                return code(quick[0]);
            }
        }
        return fromFullSample(text);
    }

    /**
     * The answer from the full sample alone: what {@link #identify} must answer, found the slow way
     * (the validation test compares the two).
     */
    String identifyFromFullSample(String text) {
        return tooFewLetters(text) ? UNDETERMINED : fromFullSample(text);
    }

    private String fromFullSample(String text) {
        Language[] ranked = ranked(text, SAMPLE_CHARACTERS);
        return leads(ranked, MIN_LEAD_RATIO) ? code(ranked[0]) : UNDETERMINED;
    }

    private static boolean tooFewLetters(String text) {
        return sample(text, SAMPLE_CHARACTERS).codePoints().filter(Character::isLetter).count() < MIN_LETTERS;
    }

    private Language[] ranked(String text, int characters) {
        // LanguageDetectorME keeps per-call state, so each call gets its own cheap instance over the shared model.
        return new LanguageDetectorME(model).predictLanguages(sample(text, characters));
    }

    private static String sample(String text, int characters) {
        return text.length() > characters ? text.substring(0, characters) : text;
    }

    private static boolean leads(Language[] ranked, double ratio) {
        return ranked.length > 0 && (ranked.length == 1 || ranked[0].getConfidence() >= ratio * ranked[1].getConfidence());
    }

    private String code(Language language) {
        return twoLetterCodes.getOrDefault(language.getLang(), language.getLang());
    }

    /** The English name of a language code, for the briefing ("French"). */
    public static String displayName(String code) {
        if (code == null || UNDETERMINED.equals(code)) {
            return "undetermined";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }
}
