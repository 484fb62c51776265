package org.constellation.scenario.schema;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accepts a table keyed by free names (such as {@code mechanisms: {donor-forum: {...}}}): keys
 * may be restricted by a pattern, and every value must match one schema.
 */
public final class MapSchema implements Schema {

    private final Schema values;
    private final Pattern keyPattern;
    private final String keyName;
    private final Integer minEntries;
    private final Integer maxEntries;
    private final String name;

    MapSchema(Schema values, Pattern keyPattern, String keyName, Integer minEntries, Integer maxEntries, String name) {
        this.values = Objects.requireNonNull(values, "values");
        if (minEntries != null && minEntries < 0 || maxEntries != null && maxEntries < 0
                || minEntries != null && maxEntries != null && minEntries > maxEntries) {
            throw new IllegalArgumentException("invalid size bounds " + minEntries + ".." + maxEntries);
        }
        this.keyPattern = keyPattern;
        this.keyName = keyName;
        this.minEntries = minEntries;
        this.maxEntries = maxEntries;
        this.name = name;
    }

    /**
     * @param regex       a Java regular expression every whole key must match
     * @param description what valid keys look like, for messages
     * @return a copy with the key pattern
     */
    public MapSchema keyPattern(String regex, String description) {
        Texts.requireOneLine(description, "a key description");
        return new MapSchema(values, Pattern.compile(regex), description, minEntries, maxEntries, name);
    }

    /**
     * @param min the fewest entries allowed
     * @return a copy with that bound
     */
    public MapSchema minEntries(int min) {
        return new MapSchema(values, keyPattern, keyName, min, maxEntries, name);
    }

    /**
     * @param max the most entries allowed
     * @return a copy with that bound
     */
    public MapSchema maxEntries(int max) {
        return new MapSchema(values, keyPattern, keyName, minEntries, max, name);
    }

    /**
     * @param humanName the phrase used in messages, such as {@code "a table of mechanisms"}
     * @return a renamed copy
     */
    public MapSchema named(String humanName) {
        Texts.requireOneLine(humanName, "a name");
        return new MapSchema(values, keyPattern, keyName, minEntries, maxEntries, humanName);
    }

    /** @return the schema every value must match */
    public Schema values() {
        return values;
    }

    /** @return the pattern keys must match, if any */
    public Optional<Pattern> keyPattern() {
        return Optional.ofNullable(keyPattern);
    }

    /** @return the description of valid keys, if any */
    public Optional<String> keyDescription() {
        return Optional.ofNullable(keyName);
    }

    /** @return the fewest entries allowed, if bounded */
    public Optional<Integer> minEntries() {
        return Optional.ofNullable(minEntries);
    }

    /** @return the most entries allowed, if bounded */
    public Optional<Integer> maxEntries() {
        return Optional.ofNullable(maxEntries);
    }

    @Override
    public String humanName() {
        return name != null ? name : "a table of names (each value: " + values.humanName() + ")";
    }
}
