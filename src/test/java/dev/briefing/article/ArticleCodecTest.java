package dev.briefing.article;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every structured column reads back as it was written, the empty ones (most of them) included. */
class ArticleCodecTest {

    @Test
    void listsAndCountsReadBackAsWrittenEmptyOrNot() {
        List<Paragraph> paragraphs = List.of(new Paragraph("Talks resumed in Cairo.", false));
        List<String> names = List.of("Egypt", "Qatar");
        Map<String, Integer> counts = Map.of("ceasefir", 3, "talk", 2);

        assertThat(ArticleCodec.paragraphs(ArticleCodec.encode(paragraphs))).isEqualTo(paragraphs);
        assertThat(ArticleCodec.strings(ArticleCodec.encode(names))).isEqualTo(names);
        assertThat(ArticleCodec.counts(ArticleCodec.encode(counts))).isEqualTo(counts);
        assertThat(ArticleCodec.paragraphs(ArticleCodec.encode(List.of()))).isEmpty();
        assertThat(ArticleCodec.strings(ArticleCodec.encode(List.of()))).isEmpty();
        assertThat(ArticleCodec.counts(ArticleCodec.encode(Map.of()))).isEmpty();
    }
}
