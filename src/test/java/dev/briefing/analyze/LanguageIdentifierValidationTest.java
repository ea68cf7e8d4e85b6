package dev.briefing.analyze;

import dev.briefing.Seeds;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick first sample of {@link LanguageIdentifier} is trusted only when it changes nothing:
 * on 120 translations of the Universal Declaration of Human Rights (87 languages, two passages each) and on the
 * seeds, every answer equals the one from the full sample.
 */
class LanguageIdentifierValidationTest {

    private final LanguageIdentifier identifier = Seeds.LANGUAGES;

    @Test
    void theQuickSampleGivesTheFullSamplesAnswerInEveryLanguage() throws IOException {
        List<Map.Entry<String, String>> texts = new ArrayList<>(declarations());
        Seeds.ALL.forEach(name -> texts.add(Map.entry("seed " + name, Seeds.text(name))));

        assertThat(texts).hasSize(240 + Seeds.ALL.size());
        for (Map.Entry<String, String> text : texts) {
            assertThat(identifier.identify(text.getValue())).as(text.getKey())
                    .isEqualTo(identifier.identifyFromFullSample(text.getValue()));
        }
    }

    private static List<Map.Entry<String, String>> declarations() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Map.Entry<String, String>> texts = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                LanguageIdentifierValidationTest.class.getResourceAsStream("/language-validation/udhr.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode passage = json.readTree(line);
                texts.add(Map.entry("UDHR " + passage.get("declaration").asString() + " (" + passage.get("language").asString() + ")",
                        passage.get("text").asString()));
            }
        }
        return texts;
    }
}
