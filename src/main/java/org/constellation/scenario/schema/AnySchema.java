package org.constellation.scenario.schema;

/**
 * Accepts any value (a scalar, a list or a section, nested to any depth within the reader's limits),
 * for places that hold a piece of another document, such as the values an experiment gives a
 * scenario key. What is inside is checked where it is used.
 */
public final class AnySchema implements Schema {

    private final String name;

    AnySchema(String name) {
        this.name = name;
    }

    /**
     * @param humanName the phrase used in messages
     * @return a renamed copy
     */
    public AnySchema named(String humanName) {
        Texts.requireOneLine(humanName, "a name");
        return new AnySchema(humanName);
    }

    @Override
    public String humanName() {
        return name == null ? "any value" : name;
    }
}
