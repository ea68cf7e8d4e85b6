package dev.briefing.analyze;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.util.Arrays;
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

    /** What OpenNLP's default language detector factory cleans a text with before taking its n-grams. */
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    private final MaxentModel model;
    private final CharacterGramWeights weights;
    private final Map<String, String> twoLetterCodes = new HashMap<>();

    public LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE + " is missing from the classpath");
            }
            model = new LanguageDetectorModel(in).getMaxentModel();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language model", e);
        }
        if (!(model instanceof AbstractModel parameters)) {
            throw new IllegalStateException("language model " + MODEL_RESOURCE + " is a " + model.getClass().getName()
                    + ", whose weights cannot be read");
        }
        weights = new CharacterGramWeights(parameters);
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
        String sample = text.length() > SAMPLE_CHARACTERS ? text.substring(0, SAMPLE_CHARACTERS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        return decision(ranked(sample));
    }

    /** The language a ranking puts first, or {@code und} when it is not clearly ahead of the runner-up. */
    String decision(Language[] ranked) {
        if (ranked.length == 0 || (ranked.length > 1 && ranked[0].getConfidence() < MIN_LEAD_RATIO * ranked[1].getConfidence())) {
            return UNDETERMINED;
        }
        return twoLetterCodes.getOrDefault(ranked[0].getLang(), ranked[0].getLang());
    }

    /**
     * What OpenNLP's {@code LanguageDetectorME.predictLanguages} answers, but for the last bits of
     * each probability: the same normalisation, lower-casing, n-grams and model, with the model's
     * sums computed by {@link CharacterGramWeights}.
     */
    Language[] ranked(String sample) {
        CharBuffer lowerCased = StringUtil.toLowerCaseCharBuffer(NORMALIZER.normalize(sample));
        char[] text = new char[lowerCased.remaining()];
        lowerCased.get(text);
        double[] probabilities = weights.probabilities(text);
        Language[] ranked = new Language[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            ranked[i] = new Language(model.getOutcome(i), probabilities[i]);
        }
        Arrays.sort(ranked, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        return ranked;
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
