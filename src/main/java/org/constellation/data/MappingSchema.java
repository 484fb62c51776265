package org.constellation.data;

import org.constellation.scenario.schema.ObjectSchema;
import org.constellation.scenario.schema.Schemas;

/** The schema of a 3W mapping file (docs/3w-mapping.md): every section optional, keys free. */
final class MappingSchema {

    /** What a row that is not an activity can become. */
    static final String[] BECOMES = {"coordination", "capacity", "presence"};
    private static final String ID = "[a-z0-9][a-z0-9-]*";

    private MappingSchema() {
    }

    static ObjectSchema schema() {
        return Schemas.object("a 3W mapping")
                .optional("types", Schemas.map(Schemas.string()), "3W organisation type to organisation profile, "
                        + "'host-government' or 'none'")
                .optional("organisations", Schemas.map(Schemas.object("an organisation")
                        .optional("profile", Schemas.string(), "Its profile (overrides its type's)")
                        .optional("id", Schemas.string().pattern(ID, "an id of lowercase letters, digits and hyphens"),
                                "Its id in the scenario")
                        .optional("add_presence", Schemas.list(Schemas.string()).minItems(1),
                                "Regions (names as in REGIONS) where it is present although the 3W does not say so; "
                                        + "give the source in a comment")), "Settings for one organisation, by name")
                .optional("activities", Schemas.map(Schemas.listOrSection(
                        Schemas.list(Schemas.string()).minItems(1).named("a list of catalogue activities"),
                        Schemas.object("what a row that is not an activity becomes")
                                .required("becomes", Schemas.oneOf(BECOMES), "coordination, capacity or presence")
                                .optional("note", Schemas.string(), "Why"))),
                        "3W activity to catalogue activities (challenge/id), or what a non-activity becomes")
                .optional("capacity_per_region", Schemas.map(Schemas.number().between(0, 1e6)),
                        "Effort units per step a profile brings to each region of presence")
                .optional("regions", Schemas.map(Schemas.string().pattern(ID, "a district id")),
                        "3W region name to district id (default: the id made from the name)");
    }
}
