package dev.briefing.ingest;

import java.util.List;

/**
 * What a format needs besides the file: the collection the articles belong to, the catalogue's
 * metadata for the file, and notes already made while reading its bytes (a charset fallback).
 */
public record ReadContext(String collection, SourceMetadata catalogueMetadata, List<String> decodingNotes) {

    public ReadContext {
        decodingNotes = List.copyOf(decodingNotes);
    }
}
