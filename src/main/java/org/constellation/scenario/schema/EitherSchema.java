package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A choice by shape: a value may be written as a scalar, a list, or a section, each with its own
 * schema (for example a mechanism given by its name alone, or as a section with parameters). The
 * node's shape decides which alternative applies, so the choice is never ambiguous.
 */
public final class EitherSchema implements Schema {

    private final Schema scalar;
    private final ListSchema list;
    private final Schema section;
    private final String name;

    EitherSchema(Schema scalar, ListSchema list, Schema section, String name) {
        if (scalar instanceof ObjectSchema || scalar instanceof MapSchema || scalar instanceof ListSchema
                || scalar instanceof EitherSchema) {
            throw new IllegalArgumentException("the scalar alternative must be a text, number or boolean schema");
        }
        if (section != null && !(section instanceof ObjectSchema || section instanceof MapSchema)) {
            throw new IllegalArgumentException("the section alternative must be an object or map schema");
        }
        this.scalar = scalar;
        this.list = list;
        this.section = section;
        this.name = name;
    }

    /** The alternative for a scalar, if any. */
    public Optional<Schema> scalar() {
        return Optional.ofNullable(scalar);
    }

    /** The alternative for a list, if any. */
    public Optional<ListSchema> list() {
        return Optional.ofNullable(list);
    }

    /** The alternative for a section, if any. */
    public Optional<Schema> section() {
        return Optional.ofNullable(section);
    }

    /** The alternatives present, in the order scalar, list, section. */
    public List<Schema> alternatives() {
        List<Schema> out = new ArrayList<>();
        scalar().ifPresent(out::add);
        list().ifPresent(out::add);
        section().ifPresent(out::add);
        return out;
    }

    /**
     * @param humanName the phrase used in messages
     * @return a renamed copy
     */
    public EitherSchema named(String humanName) {
        Texts.requireOneLine(humanName, "a name");
        return new EitherSchema(scalar, list, section, humanName);
    }

    @Override
    public String humanName() {
        if (name != null) {
            return name;
        }
        return String.join(", or ", alternatives().stream().map(Schema::humanName).toList());
    }
}
