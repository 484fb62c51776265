package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accepts a section with named keys ({@link Field}s). Closed by default: keys that are not
 * declared are errors. An {@link #open()} schema passes unknown keys through unchecked.
 */
public final class ObjectSchema implements Schema {

    private final Map<String, Field> fields;
    private final boolean closed;
    private final String name;

    ObjectSchema(Map<String, Field> fields, boolean closed, String name) {
        this.fields = fields;
        this.closed = closed;
        this.name = name;
    }

    /**
     * @param field a field whose name is not yet declared
     * @return a copy with the field added last
     */
    public ObjectSchema field(Field field) {
        if (fields.containsKey(field.name())) {
            throw new IllegalArgumentException("field declared twice: " + field.name());
        }
        Map<String, Field> next = new LinkedHashMap<>(fields);
        next.put(field.name(), field);
        return new ObjectSchema(java.util.Collections.unmodifiableMap(next), closed, name);
    }

    /**
     * Shorthand for {@code field(Field.required(name, schema, description))}.
     *
     * @param fieldName   the key
     * @param schema      what its value must be
     * @param description one line for users
     * @return a copy with the field
     */
    public ObjectSchema required(String fieldName, Schema schema, String description) {
        return field(Field.required(fieldName, schema, description));
    }

    /**
     * Shorthand for {@code field(Field.optional(name, schema, description))}.
     *
     * @param fieldName   the key
     * @param schema      what its value must be
     * @param description one line for users
     * @return a copy with the field
     */
    public ObjectSchema optional(String fieldName, Schema schema, String description) {
        return field(Field.optional(fieldName, schema, description));
    }

    /**
     * Shorthand for {@code field(Field.withDefault(name, schema, defaultValue, description))}.
     *
     * @param fieldName    the key
     * @param schema       what its value must be
     * @param defaultValue the value used when the key is absent
     * @param description  one line for users
     * @return a copy with the field
     */
    public ObjectSchema optional(String fieldName, Schema schema, Object defaultValue, String description) {
        return field(Field.withDefault(fieldName, schema, defaultValue, description));
    }

    /** @return a copy that accepts undeclared keys (passed through unchecked) */
    public ObjectSchema open() {
        return new ObjectSchema(fields, false, name);
    }

    /**
     * @param humanName the phrase used in messages, such as {@code "an actor"}
     * @return a renamed copy
     */
    public ObjectSchema named(String humanName) {
        Texts.requireOneLine(humanName, "a name");
        return new ObjectSchema(fields, closed, humanName);
    }

    /** @return the fields in declaration order */
    public List<Field> fields() {
        return new ArrayList<>(fields.values());
    }

    /**
     * @param fieldName a key
     * @return the field of that name, if declared
     */
    public Optional<Field> field(String fieldName) {
        return Optional.ofNullable(fields.get(fieldName));
    }

    /** @return true if undeclared keys are errors */
    public boolean isClosed() {
        return closed;
    }

    /** @return true if a name was set with {@link #named(String)} */
    public boolean hasExplicitName() {
        return name != null;
    }

    @Override
    public String humanName() {
        return name != null ? name : "a section (key: value pairs)";
    }
}
