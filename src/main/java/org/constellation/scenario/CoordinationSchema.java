package org.constellation.scenario;

import org.constellation.coordination.Mechanisms;
import org.constellation.information.SharingRules;
import org.constellation.scenario.schema.ObjectSchema;
import org.constellation.scenario.schema.Schema;
import org.constellation.scenario.schema.Schemas;

/**
 * Schema of the {@code coordination:} section. A mechanism's own lists (members, lead, challenges
 * ...) depend on the mechanism, so a mechanism section is open and {@link StrategyMapper} checks
 * those keys against the registry.
 */
final class CoordinationSchema {

    private CoordinationSchema() {
    }

    static ObjectSchema coordination() {
        return Schemas.object("a coordination section")
                .optional("mechanisms", Schemas.list(mechanism()), "Mechanisms in force (default: none)")
                .optional("sharing", sharing(), "The information-sharing rule (default: none)");
    }

    private static Schema mechanism() {
        String[] names = Mechanisms.names().toArray(String[]::new);
        return Schemas.scalarOrSection(Schemas.oneOf(names),
                Schemas.object("a mechanism section")
                        .required("name", Schemas.oneOf(names), "The mechanism (see docs/mechanisms.md)")
                        .optional("parameters", Schemas.map(Schemas.number()), "Parameters that differ from the "
                                + "defaults")
                        .optional("from", Schemas.integer().between(0, 1_000_000).unit("step"),
                                "Step at which it comes into force (default: 0, the start)")
                        .optional("until", Schemas.integer().between(1, 1_000_000).unit("step"),
                                "Step from which it is no longer in force (default: never)")
                        .open())
                .named("a mechanism: its name, or a section with name, parameters and lists such as members");
    }

    private static Schema sharing() {
        String[] names = SharingRules.names().toArray(String[]::new);
        ObjectSchema kinds = Schemas.object("a section of kinds (needs, plans, intel)")
                .optional("needs", SchemaParts.share(), "Willingness to pass needs assessments")
                .optional("plans", SchemaParts.share(), "Willingness to pass activity plans")
                .optional("intel", SchemaParts.share(), "Willingness to pass threat intelligence");
        return Schemas.scalarOrSection(Schemas.oneOf(names),
                Schemas.object("a sharing section")
                        .required("name", Schemas.oneOf(names), "The rule (see docs/sharing-rules.md)")
                        .optional("parameters", Schemas.map(Schemas.number()), "Parameters that differ from the defaults")
                        .optional("base", Schemas.oneOf(SharingRules.presets().toArray(String[]::new)),
                                "For 'table': the preset to start from")
                        .optional("table", Schemas.map(Schemas.map(kinds)), "For 'table': willingness by sender type, "
                                + "receiver type and kind"))
                .named("a sharing rule: its name, or a section with name, parameters, base and table");
    }
}
