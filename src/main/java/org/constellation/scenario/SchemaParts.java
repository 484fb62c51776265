package org.constellation.scenario;

import java.util.Arrays;
import java.util.function.Function;
import org.constellation.model.Challenge;
import org.constellation.scenario.schema.ListSchema;
import org.constellation.scenario.schema.NumberSchema;
import org.constellation.scenario.schema.ObjectSchema;
import org.constellation.scenario.schema.Schemas;
import org.constellation.scenario.schema.StringSchema;

/** Small schema pieces the scenario schema is built from. */
final class SchemaParts {

    private SchemaParts() {
    }

    /** An id: lowercase letters, digits and hyphens. */
    static StringSchema id() {
        return Schemas.string().pattern("[a-z0-9][a-z0-9-]*", "an id of lowercase letters, digits and hyphens, "
                + "such as 'minusma' or 'sahel-bf'");
    }

    /** A list of ids. */
    static ListSchema ids() {
        return Schemas.list(id());
    }

    /** A share or level between 0 and 1. */
    static NumberSchema share() {
        return Schemas.number().between(0, 1);
    }

    /** A list of texts. */
    static ListSchema texts() {
        return Schemas.list(Schemas.string());
    }

    /** One of the keys of an enum. */
    static <E extends Enum<E>> StringSchema keys(Class<E> type, Function<E, String> key) {
        return Schemas.oneOf(Arrays.stream(type.getEnumConstants()).map(key).toArray(String[]::new));
    }

    /** A section with an optional number between 0 and 1 per challenge. */
    static ObjectSchema challengeMap(String what) {
        ObjectSchema s = Schemas.object("a section of challenges (" + String.join(", ", Challenge.keys()) + ")");
        for (Challenge c : Challenge.all()) {
            s = s.optional(c.key(), share(), what + " for " + c.label().toLowerCase());
        }
        return s;
    }

    /** How an actor perceives needs. */
    static ObjectSchema sensing() {
        return Schemas.object("a sensing section")
                .optional("noise", share(), "Standard deviation of an observation, in need units")
                .optional("delay", Schemas.integer().between(0, 24), "Steps between an event and its observation")
                .optional("coverage", share(), "Chance per step of observing a district where present");
    }
}
