package org.constellation.scenario.schema;

import java.util.List;
import java.util.Map;

/** A small schema exercising every kind of schema, and a valid document for it. */
final class SampleSchema {

    static final StringSchema NAME = Schemas.string().pattern("[a-z][a-z0-9-]*", "a lowercase name such as 'un-mission'");

    static final ObjectSchema ACTOR = Schemas.object("an actor")
            .required("name", NAME, "Identifier of the actor")
            .required("capacity", Schemas.number().between(0, 1).unit("share"), "Share of tasks it can absorb")
            .optional("kind", Schemas.oneOf("mission", "agency", "donor"), "agency", "What sort of actor it is")
            .optional("staff", Schemas.integer().min(0).unit("people"), 10, "Number of staff");

    static final ObjectSchema MECHANISM = Schemas.object("a mechanism")
            .required("cost", Schemas.number().min(0).unit("USD"), "Yearly cost")
            .optional("members", Schemas.list(NAME), List.of(), "Actors taking part");

    static final ObjectSchema OUTPUT = Schemas.object("the output settings")
            .optional("dir", Schemas.string(), "out", "Folder for results")
            .optional("charts", Schemas.bool(), true, "Whether to draw charts");

    static final ObjectSchema SCENARIO = Schemas.object("a scenario")
            .optional("extends", Schemas.string(), "A scenario file this one builds on")
            .required("name", Schemas.string(), "Title of the scenario")
            .optional("seed", Schemas.integer().min(0), 42, "Random seed")
            .optional("steps", Schemas.integer().between(1, 10_000).unit("days"), 365, "Length of a run")
            .optional("verbose", Schemas.bool(), false, "Log every step")
            .required("actors", Schemas.list(ACTOR).minItems(1).maxItems(5).named("a list of actors"), "Who takes part")
            .optional("mechanisms", Schemas.map(MECHANISM).keyPattern("[a-z][a-z0-9-]*", "a lowercase name such as 'donor-forum'"),
                    Map.of(), "Coordination mechanisms by name")
            .optional("output", OUTPUT, Map.of(), "Where results go");

    /** Valid; line numbers are relied upon by tests. */
    static final String VALID = String.join("\n",
            "name: Sample operation",                  // 1
            "seed: 7",                                 // 2
            "actors:",                                 // 3
            "  - name: un-mission",                    // 4
            "    capacity: 0.6",                       // 5
            "    kind: mission",                       // 6
            "  - name: eu-agency",                     // 7
            "    capacity: 0.4",                       // 8
            "mechanisms:",                             // 9
            "  donor-forum:",                          // 10
            "    cost: 1500",                          // 11
            "    members: [un-mission, eu-agency]",    // 12
            "");

    private SampleSchema() {
    }

    static YamlNode read(String yaml) {
        return YamlReader.withDefaults().read("s.yaml", yaml).orElseThrow();
    }

    static Result<ValidatedDocument> validate(String yaml) {
        return Validator.validate(SCENARIO, read(yaml));
    }

    static List<String> rendered(Result<?> result) {
        return result.errors().stream().map(ValidationError::render).toList();
    }
}
