package org.constellation.scenario.schema;

import java.util.List;
import java.util.Map;

/**
 * Entry point of the schema DSL. For example:
 *
 * <pre>{@code
 * ObjectSchema actor = Schemas.object("an actor")
 *     .required("name", Schemas.string().pattern("[a-z][a-z0-9-]*", "a lowercase name"), "Identifier")
 *     .optional("capacity", Schemas.number().between(0, 1).unit("share"), 0.5, "Share of tasks it can absorb");
 * }</pre>
 */
public final class Schemas {

    private Schemas() {
    }

    /** @return a closed section with no fields yet, named "a section (key: value pairs)" */
    public static ObjectSchema object() {
        return new ObjectSchema(Map.of(), true, null);
    }

    /**
     * @param humanName the phrase used in messages, such as {@code "an actor"}
     * @return a closed section with no fields yet
     */
    public static ObjectSchema object(String humanName) {
        return object().named(humanName);
    }

    /** @return any whole number */
    public static IntegerSchema integer() {
        return new IntegerSchema(null, null, null, null);
    }

    /** @return any finite number */
    public static NumberSchema number() {
        return new NumberSchema(null, null, null, null);
    }

    /** @return any text */
    public static StringSchema string() {
        return new StringSchema(List.of(), null, null, null);
    }

    /**
     * @param values the allowed values
     * @return text restricted to those values
     */
    public static StringSchema oneOf(String... values) {
        return string().oneOf(values);
    }

    /** @return any value, checked where it is used */
    public static AnySchema any() {
        return new AnySchema(null);
    }

    /** @return true or false */
    public static BooleanSchema bool() {
        return new BooleanSchema(null);
    }

    /**
     * @param items the schema of every item
     * @return a list of any length
     */
    public static ListSchema list(Schema items) {
        return new ListSchema(items, null, null, null);
    }

    /**
     * A value written either as a scalar or as a section (for example a name, or a name with
     * parameters).
     *
     * @param scalar  the schema of the scalar form (text, number or boolean)
     * @param section the schema of the section form (object or map)
     * @return the choice
     */
    public static EitherSchema scalarOrSection(Schema scalar, Schema section) {
        return new EitherSchema(scalar, null, section, null);
    }

    /**
     * A value written either as a list or as a section (for example an edge as [from, to] or as
     * {from, to, weight}).
     *
     * @param list    the schema of the list form
     * @param section the schema of the section form (object or map)
     * @return the choice
     */
    public static EitherSchema listOrSection(ListSchema list, Schema section) {
        return new EitherSchema(null, list, section, null);
    }

    /**
     * @param values the schema of every value
     * @return a table with free keys
     */
    public static MapSchema map(Schema values) {
        return new MapSchema(values, null, null, null, null, null);
    }
}
