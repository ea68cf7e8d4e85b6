package dev.briefing.analyze;

import dev.briefing.Seeds;
import dev.briefing.article.ContentSketch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentFingerprinterTest {

    private final ContentFingerprinter fingerprinter = Seeds.FINGERPRINTER;

    @Test
    void exactFingerprintIgnoresCaseAccentsPunctuationAndSpacing() {
        assertThat(fingerprinter.exactFingerprint("Talks resume in Cairo — Hamas, Israel."))
                .isEqualTo(fingerprinter.exactFingerprint("talks  resume in cairo hamas israel"))
                .isNotEqualTo(fingerprinter.exactFingerprint("Talks resume in Doha"));
        assertThat(fingerprinter.exactFingerprint("Türkiye")).isEqualTo(fingerprinter.exactFingerprint("Turkiye"));
    }

    @Test
    void theTwoReportsOfTheAnkaraMeetingShareMuchMoreThanUnrelatedReports() {
        ContentSketch roundup = fingerprinter.sketch(Seeds.text(Seeds.ANKARA_ROUNDUP));
        ContentSketch meeting = fingerprinter.sketch(Seeds.text(Seeds.ANKARA_MEETING));
        ContentSketch cairo = fingerprinter.sketch(Seeds.text(Seeds.CAIRO_EFE));

        assertThat(roundup.estimatedJaccard(meeting)).isGreaterThan(0.45);
        assertThat(roundup.estimatedJaccard(cairo)).isLessThan(0.25);
        assertThat(meeting.estimatedJaccard(cairo)).isLessThan(0.25);
    }

    @Test
    void aSketchIsDeterministicAndSurvivesEncoding() {
        ContentSketch sketch = fingerprinter.sketch(Seeds.text(Seeds.CAIRO_EFE));

        assertThat(new ContentFingerprinter().sketch(Seeds.text(Seeds.CAIRO_EFE))).isEqualTo(sketch);
        assertThat(ContentSketch.decode(sketch.encode())).isEqualTo(sketch);
        assertThat(sketch.estimatedJaccard(sketch)).isEqualTo(1.0);
    }

    @Test
    void fingerprintsTogetherAreTheFingerprintsApart() {
        String text = Seeds.text(Seeds.ANKARA_MEETING);

        ContentFingerprinter.Fingerprints both = fingerprinter.fingerprints(text);

        assertThat(both.exact()).isEqualTo(fingerprinter.exactFingerprint(text));
        assertThat(both.sketch()).isEqualTo(fingerprinter.sketch(text));
    }
}
