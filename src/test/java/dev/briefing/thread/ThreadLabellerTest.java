package dev.briefing.thread;

import dev.briefing.Seeds;
import dev.briefing.article.Article;
import dev.briefing.ingest.InputFile;
import dev.briefing.ingest.PlainTextFormat;
import dev.briefing.ingest.ReadContext;
import dev.briefing.ingest.ReadResult;
import dev.briefing.ingest.SourceMetadata;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadLabellerTest {

    private static Article article(int n, String text) {
        String name = "a" + n + ".txt";
        ReadResult read = new PlainTextFormat().read(new InputFile(Path.of(name), name), text,
                new ReadContext("/c", SourceMetadata.NONE, List.of())).get(0);
        return Seeds.ANALYZER.analyze(((ReadResult.Read) read).document(), List.of(), Seeds.RUN_DATE);
    }

    @Test
    void aWordRepeatedInARowIsNoPhraseAndDoesNotBreakTheLabel() {
        // Found by the synthetic corpus: "mavir mavir" once made the labeller throw.
        List<Article> members = IntStream.range(0, 4).mapToObj(n -> article(n,
                "Negotiators discussed the mavir mavir question and the water sharing treaty in Geneva on Monday, officials said."
                        + " The water sharing treaty remains open.")).toList();
        DocumentFrequencies frequencies = new DocumentFrequencies();
        members.forEach(member -> frequencies.add(member.terms()));

        String label = new ThreadLabeller(Seeds.TERMS, Seeds.GAZETTEER).label(members, frequencies);

        assertThat(label).isEqualTo("Mavir question and remains open");
    }
}
