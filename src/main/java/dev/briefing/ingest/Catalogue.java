package dev.briefing.ingest;

import java.util.Map;

/**
 * Metadata for files named in a catalogue file beside them ({@code catalogue.csv}: a {@code file}
 * column plus any metadata columns). Metadata in the file itself takes precedence.
 */
public final class Catalogue {

    public static final Catalogue EMPTY = new Catalogue(Map.of());

    private final Map<String, SourceMetadata> byFile;

    public Catalogue(Map<String, SourceMetadata> byFile) {
        this.byFile = Map.copyOf(byFile);
    }

    public SourceMetadata metadataFor(String relativePath) {
        return byFile.getOrDefault(relativePath, SourceMetadata.NONE);
    }

    public int size() {
        return byFile.size();
    }
}
