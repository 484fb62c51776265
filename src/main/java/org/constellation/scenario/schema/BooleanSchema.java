package org.constellation.scenario.schema;

/** Accepts {@code true} or {@code false} (and nothing else: not {@code yes}, not {@code 1}). */
public final class BooleanSchema implements Schema {

    private final String name;

    BooleanSchema(String name) {
        this.name = name;
    }

    /**
     * @param humanName the phrase used in messages instead of "true or false"
     * @return a renamed copy
     */
    public BooleanSchema named(String humanName) {
        Texts.requireOneLine(humanName, "a name");
        return new BooleanSchema(humanName);
    }

    @Override
    public String humanName() {
        return name != null ? name : "true or false";
    }
}
