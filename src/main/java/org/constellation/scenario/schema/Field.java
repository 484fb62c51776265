package org.constellation.scenario.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A named key of an {@link ObjectSchema}: its schema, whether it is required or else its default
 * value (if any), and a one-line description shown in editors. A default is checked against the
 * schema when the field is built and stored in validated (resolved) form, with its own nested
 * defaults filled in.
 */
public final class Field {

    private final String name;
    private final Schema schema;
    private final boolean required;
    private final Object defaultValue;
    private final String description;

    private Field(String name, Schema schema, boolean required, Object defaultValue, String description) {
        Texts.requireOneLine(name, "a field name");
        Texts.requireOneLine(description, "a description");
        this.name = name;
        this.schema = Objects.requireNonNull(schema, "schema");
        this.required = required;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /**
     * @param name        the key
     * @param schema      what its value must be
     * @param description one line for users
     * @return a field that must be present
     */
    public static Field required(String name, Schema schema, String description) {
        return new Field(name, schema, true, null, description);
    }

    /**
     * @param name        the key
     * @param schema      what its value must be
     * @param description one line for users
     * @return a field that may be absent (and then is absent from the validated value)
     */
    public static Field optional(String name, Schema schema, String description) {
        return new Field(name, schema, false, null, description);
    }

    /**
     * @param name         the key
     * @param schema       what its value must be
     * @param defaultValue the value used when the key is absent: a String, Integer, Long, Double,
     *                     Boolean, or a List or Map of those
     * @param description  one line for users
     * @return a field with a default
     * @throws IllegalArgumentException if the default does not match the schema
     */
    public static Field withDefault(String name, Schema schema, Object defaultValue, String description) {
        Objects.requireNonNull(defaultValue, "defaultValue");
        YamlNode node = JavaValues.toNode(defaultValue, SourceLocation.startOf("<default of " + name + ">"));
        Result<ValidatedDocument> checked = Validator.validate(schema, node);
        if (!checked.isOk()) {
            throw new IllegalArgumentException("the default of '" + name + "' does not match its schema: "
                    + checked.errors());
        }
        return new Field(name, schema, false, checked.orElseThrow().value(), description);
    }

    /** @return the key */
    public String name() {
        return name;
    }

    /** @return the schema of the value */
    public Schema schema() {
        return schema;
    }

    /** @return true if the key must be present */
    public boolean isRequired() {
        return required;
    }

    /** @return the resolved, immutable default value, if any */
    public Optional<Object> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** @return the one-line description */
    public String description() {
        return description;
    }

    /** @return the unit of a numeric field, taken from its schema */
    public Optional<String> unit() {
        if (schema instanceof NumberSchema n) {
            return n.unit();
        }
        return schema instanceof IntegerSchema i ? i.unit() : Optional.empty();
    }
}
