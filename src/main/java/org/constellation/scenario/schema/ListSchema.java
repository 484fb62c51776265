package org.constellation.scenario.schema;

import java.util.Objects;
import java.util.Optional;

/** Accepts a list whose items all match one schema, with optional bounds on its length. */
public final class ListSchema implements Schema {

    private final Schema items;
    private final Integer minItems;
    private final Integer maxItems;
    private final String name;

    ListSchema(Schema items, Integer minItems, Integer maxItems, String name) {
        this.items = Objects.requireNonNull(items, "items");
        if (minItems != null && minItems < 0 || maxItems != null && maxItems < 0
                || minItems != null && maxItems != null && minItems > maxItems) {
            throw new IllegalArgumentException("invalid size bounds " + minItems + ".." + maxItems);
        }
        this.minItems = minItems;
        this.maxItems = maxItems;
        this.name = name;
    }

    /**
     * @param min the fewest items allowed
     * @return a copy with that bound
     */
    public ListSchema minItems(int min) {
        return new ListSchema(items, min, maxItems, name);
    }

    /**
     * @param max the most items allowed
     * @return a copy with that bound
     */
    public ListSchema maxItems(int max) {
        return new ListSchema(items, minItems, max, name);
    }

    /**
     * @param humanName the phrase used in messages, such as {@code "a list of actors"}
     * @return a renamed copy
     */
    public ListSchema named(String humanName) {
        Texts.requireOneLine(humanName, "a name");
        return new ListSchema(items, minItems, maxItems, humanName);
    }

    /** @return the schema every item must match */
    public Schema items() {
        return items;
    }

    /** @return the fewest items allowed, if bounded */
    public Optional<Integer> minItems() {
        return Optional.ofNullable(minItems);
    }

    /** @return the most items allowed, if bounded */
    public Optional<Integer> maxItems() {
        return Optional.ofNullable(maxItems);
    }

    @Override
    public String humanName() {
        return name != null ? name : "a list (each item: " + items.humanName() + ")";
    }
}
