package org.constellation.scenario.schema;

/**
 * An immutable description of the values allowed at one place of a document. Build schemas with
 * {@link Schemas}; every "modifier" method returns a new schema and leaves the receiver unchanged.
 */
public sealed interface Schema
        permits ObjectSchema, MapSchema, ListSchema, StringSchema, IntegerSchema, NumberSchema, BooleanSchema,
        EitherSchema, AnySchema {

    /**
     * The phrase used in messages, such as {@code "a number between 0 and 1"} or
     * {@code "one of [low, medium, high]"}: either derived from the constraints or set with
     * {@code named(...)}.
     *
     * @return the human name
     */
    String humanName();
}
