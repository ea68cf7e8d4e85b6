package dev.briefing.analyze;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names the job recognises, loaded from the shipped default gazetteer and optionally extended
 * by a user file whose entries replace shipped entries of the same name. Matching is by word
 * sequence, so lookup cost does not grow with the number of names.
 */
public final class Gazetteer {

    private static final String DEFAULT_RESOURCE = "/gazetteer/default-gazetteer.yaml";

    private final Map<String, GazetteerEntry> byName;
    private final TokenTrie<GazetteerEntry> trie = new TokenTrie<>();

    private Gazetteer(Collection<GazetteerEntry> entries) {
        Map<String, GazetteerEntry> named = new LinkedHashMap<>();
        for (GazetteerEntry entry : entries) {
            named.put(entry.name(), entry);
        }
        this.byName = Map.copyOf(named);
        for (GazetteerEntry entry : named.values()) {
            trie.put(nameTokens(entry.name()), entry);
            for (String alias : entry.aliases()) {
                trie.put(nameTokens(alias), entry);
            }
        }
    }

    /**
     * A leading "the" is not part of a name: matching it would let "the UN" swallow the first word
     * of "the UN Security Council".
     */
    private static List<String> nameTokens(String name) {
        List<String> tokens = NameTokens.of(name);
        return tokens.size() > 1 && tokens.get(0).equalsIgnoreCase("the") ? tokens.subList(1, tokens.size()) : tokens;
    }

    public static Gazetteer of(Collection<GazetteerEntry> entries) {
        return new Gazetteer(entries);
    }

    /** The shipped gazetteer, extended by {@code userFile} when one is given. */
    public static Gazetteer load(Optional<Path> userFile) {
        List<GazetteerEntry> entries = new ArrayList<>();
        try (InputStream shipped = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (shipped == null) {
                throw new IllegalStateException("the default gazetteer " + DEFAULT_RESOURCE + " is missing from the build");
            }
            entries.addAll(read(shipped.readAllBytes(), DEFAULT_RESOURCE));
            if (userFile.isPresent()) {
                entries.addAll(read(Files.readAllBytes(userFile.get()), userFile.get().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer: " + e.getMessage(), e);
        }
        return new Gazetteer(entries);
    }

    private static List<GazetteerEntry> read(byte[] yaml, String origin) {
        try {
            GazetteerFile file = YAMLMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(yaml, GazetteerFile.class);
            return file.entities() == null ? List.of() : file.entities();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("gazetteer " + origin + " is not valid: " + e.getMessage(), e);
        }
    }

    public Optional<GazetteerEntry> entry(String canonicalName) {
        return Optional.ofNullable(byName.get(canonicalName));
    }

    TokenTrie<GazetteerEntry> trie() {
        return trie;
    }

    public int size() {
        return byName.size();
    }

    private record GazetteerFile(List<GazetteerEntry> entities) {
    }

    /** Word sequences keyed by token text, for longest-match lookup of multi-word names. */
    static final class TokenTrie<V> {
        private final Map<String, TokenTrie<V>> children = new HashMap<>();
        private V value;

        void put(List<String> tokens, V newValue) {
            TokenTrie<V> node = this;
            for (String token : tokens) {
                node = node.children.computeIfAbsent(token, t -> new TokenTrie<>());
            }
            if (node.value == null) {
                node.value = newValue;
            }
        }

        /** The longest name starting at {@code start}: its value and how many tokens it spans. */
        Optional<Map.Entry<V, Integer>> longestMatch(List<String> tokens, int start) {
            TokenTrie<V> node = this;
            V found = null;
            int length = 0;
            for (int i = start; i < tokens.size(); i++) {
                node = node.children.get(tokens.get(i));
                if (node == null) {
                    break;
                }
                if (node.value != null) {
                    found = node.value;
                    length = i - start + 1;
                }
            }
            return found == null ? Optional.empty() : Optional.of(Map.entry(found, length));
        }
    }
}
