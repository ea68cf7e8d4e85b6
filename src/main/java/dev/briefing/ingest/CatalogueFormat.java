package dev.briefing.ingest;

import dev.briefing.article.SourceRef;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue file as an input: it holds no article, but its unusable rows are reported as
 * skipped inputs (its metadata is applied to the files it names when they are read).
 */
public final class CatalogueFormat implements ArticleFormat {

    @Override
    public String name() {
        return "catalogue";
    }

    @Override
    public boolean handles(InputFile file, String text) {
        return Catalogue.isCatalogue(file);
    }

    @Override
    public List<ReadResult> read(InputFile file, String text, ReadContext context) {
        Catalogue catalogue = Catalogue.parse(file, text);
        List<ReadResult> problems = new ArrayList<>(catalogue.problems());
        Path folder = file.path().getParent();
        for (String named : catalogue.files()) {
            if (!Files.isRegularFile(folder.resolve(named))) {
                problems.add(new ReadResult.Rejected(new SourceRef(file.relativePath(), named),
                        "the catalogue names " + named + ", which is not in the input folder; its metadata is unused"));
            }
        }
        return problems;
    }
}
