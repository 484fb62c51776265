package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping with string keys, in document order, without duplicate keys.
 */
public final class YamlMap implements YamlNode {

    /**
     * One key and its value.
     *
     * @param key         the key
     * @param keyLocation where the key is written
     * @param value       the value
     */
    public record Entry(String key, SourceLocation keyLocation, YamlNode value) {
        /** Checks that no component is missing. */
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyLocation, "keyLocation");
            Objects.requireNonNull(value, "value");
        }
    }

    private final Map<String, Entry> entries;
    private final List<Entry> ordered;
    private final SourceLocation location;

    /**
     * @param entries  the entries, in order
     * @param location where the mapping starts
     * @throws IllegalArgumentException if a key repeats
     */
    public YamlMap(List<Entry> entries, SourceLocation location) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (byKey.put(e.key(), e) != null) {
                throw new IllegalArgumentException("duplicate key " + e.key());
            }
        }
        this.entries = Collections.unmodifiableMap(byKey);
        this.ordered = List.copyOf(byKey.values());
        this.location = Objects.requireNonNull(location, "location");
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    /** @return the entries in document order */
    public List<Entry> entries() {
        return ordered;
    }

    /** @return the keys in document order */
    public Set<String> keys() {
        return entries.keySet();
    }

    /** @return the number of entries */
    public int size() {
        return entries.size();
    }

    /**
     * @param key a key
     * @return its entry, if present
     */
    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * @param key a key
     * @return its value, if present
     */
    public Optional<YamlNode> get(String key) {
        return entry(key).map(Entry::value);
    }

    /**
     * A copy with one entry set: an existing key keeps its place, a new key goes last.
     *
     * @param entry the entry
     * @return the new mapping
     */
    public YamlMap with(Entry entry) {
        List<Entry> next = new ArrayList<>(entries.size() + 1);
        boolean replaced = false;
        for (Entry e : entries.values()) {
            if (e.key().equals(entry.key())) {
                next.add(entry);
                replaced = true;
            } else {
                next.add(e);
            }
        }
        if (!replaced) {
            next.add(entry);
        }
        return new YamlMap(next, location);
    }

    /**
     * @param key a key
     * @return a copy without that key
     */
    public YamlMap without(String key) {
        List<Entry> next = new ArrayList<>(entries.values());
        next.removeIf(e -> e.key().equals(key));
        return new YamlMap(next, location);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YamlMap other && entries.equals(other.entries) && location.equals(other.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries, location);
    }

    @Override
    public String toString() {
        return "YamlMap" + entries.values() + "@" + location;
    }
}
