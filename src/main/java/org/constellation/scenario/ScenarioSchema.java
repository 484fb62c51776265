package org.constellation.scenario;

import static org.constellation.scenario.SchemaParts.challengeMap;
import static org.constellation.scenario.SchemaParts.id;
import static org.constellation.scenario.SchemaParts.keys;
import static org.constellation.scenario.SchemaParts.share;
import static org.constellation.scenario.SchemaParts.texts;

import org.constellation.model.Institution;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.scenario.schema.ObjectSchema;
import org.constellation.scenario.schema.Schema;
import org.constellation.scenario.schema.Schemas;

/**
 * The schema of a scenario file: every key, its type, range, default and meaning. The loader
 * validates every file against it (unknown keys, wrong types and out-of-range values are located
 * errors), {@code docs/scenario.schema.json} is exported from it, and cross-references that a
 * schema cannot express are checked afterwards by {@link ScenarioMapper}.
 */
public final class ScenarioSchema {

    private static final Schema SCHEMA = build();

    private ScenarioSchema() {
    }

    /** The schema of a whole scenario file. */
    public static Schema schema() {
        return SCHEMA;
    }

    private static Schema build() {
        return Schemas.object("a scenario")
                .required("name", id(), "Short name, used for output folders")
                .optional("extends", Schemas.string(), "Path of a scenario this one extends (relative to this file); "
                        + "its keys are the defaults of this one")
                .optional("title", Schemas.string(), "One-line title")
                .optional("description", Schemas.string(), "What the scenario is and what it shows")
                .optional("sources", texts(), "The reports and sections it draws on")
                .optional("look_at", texts(), "What to look at when running it")
                .optional("assumptions", texts(), "Values and choices the sources do not give")
                .optional("start_date", Schemas.string().pattern(ScheduleMapper.MONTH, "a month written YYYY-MM, "
                        + "such as '2014-01'"), "The month of step 0 (YYYY-MM), which schedule dates refer to")
                .optional("steps", Schemas.integer().between(1, ScenarioMapper.MAX_STEPS),
                        (long) ScenarioMapper.DEFAULT_STEPS, "Number of steps (months) to run")
                .optional("seed", Schemas.integer().between(0, ScenarioMapper.MAX_SEED), ScenarioMapper.DEFAULT_SEED,
                        "Seed (MASON uses 32-bit seeds)")
                .required("region", region(), "Countries, districts and their adjacency")
                .optional("actors", Schemas.list(ActorSchema.actor()), "Missions, agencies, donors, civil society")
                .optional("groups", Schemas.list(ActorSchema.group()), "Criminal and armed groups")
                .optional("shocks", Schemas.list(ActorSchema.shock()), "Scheduled events")
                .optional("schedules", Schemas.map(Schemas.list(ActorSchema.scheduleEntry()).minItems(1))
                        .keyPattern("[a-z0-9][a-z0-9-]*", "an actor id"), "Changes of actors' presence and capacity "
                        + "during the run, by actor id: each change at a step or a date sets presence, capacity or both")
                .optional("coordination", CoordinationSchema.coordination(),
                        "Coordination mechanisms in force and the information-sharing rule")
                .optional("parameters", ParameterSchema.parameters(), "Global parameters that differ from their "
                        + "defaults (see docs/parameters.md)");
    }

    private static ObjectSchema region() {
        return Schemas.object("a region section")
                .optional("name", Schemas.string(), "Display name")
                .optional("defaults", Schemas.object("a defaults section")
                        .optional("need", challengeMap("Need"), "Need of every district that does not set it")
                        .optional("driver", challengeMap("Driver level"), "Drivers of every district that does not set them"),
                        "Values for every district")
                .required("countries", Schemas.list(country()).minItems(1), "The host countries")
                .optional("districts", Schemas.list(district()).minItems(1), "The districts (or give 'generate')")
                .optional("generate", generate(), "A grid of districts per country, made instead of listing them")
                .optional("edges", Schemas.list(edge()), "Adjacencies between districts; across borders too (with "
                        + "'generate': extra edges between generated districts)");
    }

    private static ObjectSchema generate() {
        return Schemas.object("a generate section")
                .optional("rows", Schemas.integer().between(1, RegionGenerator.MAX_SIDE), 3L, "Grid rows per country")
                .optional("columns", Schemas.integer().between(1, RegionGenerator.MAX_SIDE), 3L,
                        "Grid columns per country")
                .optional("population", Schemas.number().between(0, 1e7).unit("thousands"), 1000.0,
                        "Population of the capital's district; others have population / (1 + grid steps from it)")
                .optional("state_presence", share(), 0.8, "State presence in the capital's district")
                .optional("remoteness", share(), 0.1, "Per grid step from the capital: state presence falls, and "
                        + "need and drivers rise, by this much")
                .optional("need", challengeMap("Need at the capital"), "Need at the capital per challenge")
                .optional("driver", challengeMap("Driver level at the capital"), "Drivers at the capital per challenge");
    }

    private static ObjectSchema country() {
        return Schemas.object("a country")
                .required("id", id(), "Unique id")
                .optional("name", Schemas.string(), "Display name")
                .optional("host", host(), "Its government");
    }

    private static ObjectSchema host() {
        ObjectSchema institutions = Schemas.object("a section of institutions");
        for (Institution i : Institution.all()) {
            institutions = institutions.optional(i.key(), Schemas.object("an institution")
                    .optional("capacity", share(), "How well it functions")
                    .optional("absorption", Schemas.number().between(0, 1e6).unit("effort units per step"),
                            "Outside support it can absorb per step"), "The " + i.key() + " institution");
        }
        ObjectSchema captureByInstitution = Schemas.object("capture per institution")
                .optional("default", share(), "Capture of the institutions not named (default 0.2)");
        for (Institution i : Institution.all()) {
            captureByInstitution = captureByInstitution.optional(i.key(), share(), "Capture of the " + i.key()
                    + " institution");
        }
        return Schemas.object("a host government")
                .optional("id", id(), "Actor id (default: <country>-government)")
                .optional("name", Schemas.string(), "Display name")
                .optional("effort", Schemas.number().between(0, 1e6).unit("effort units per step"),
                        "Effort its own forces and services deliver at full willingness")
                .optional("willingness", share(), "Political will to address the challenges")
                .optional("capture", Schemas.scalarOrSection(share(), captureByInstitution).named(
                        "a share 0-1, or a section of shares per institution"), "Capture of its institutions by illicit "
                        + "interests: one share for all, or a share per institution (with 'default' for the others)")
                .optional("consent", share(), "Consent to the international presence")
                .optional("priorities", challengeMap("Priority"), "Its own priorities (default: armed groups first)")
                .optional("national_strategy", Schemas.bool(), "Whether it has a national strategic plan")
                .optional("institutions", institutions, "Its institutions (capacity and absorption)")
                .optional("sensing", SchemaParts.sensing(), "How well it knows its territory")
                .optional("exclude_flags", Schemas.list(keys(ActivityFlag.class, ActivityFlag::key)),
                        "Activities carrying any of these flags its forces never take on; [enforcement] switches its "
                                + "enforcement off (a counterfactual)");
    }

    private static ObjectSchema district() {
        return Schemas.object("a district")
                .required("id", id(), "Unique id")
                .optional("name", Schemas.string(), "Display name")
                .required("country", id(), "Id of its country")
                .optional("population", Schemas.number().between(0, 1e7).unit("thousands"), "Inhabitants")
                .optional("state_presence", share(), "Share of the district where the state is present")
                .optional("capital", Schemas.bool(), "Whether the capital is here")
                .optional("position", Schemas.list(Schemas.number().between(-1e6, 1e6)).minItems(2).maxItems(2),
                        "Map position [x, y], e.g. longitude and latitude")
                .optional("need", challengeMap("Starting need"), "Starting need per challenge")
                .optional("driver", challengeMap("Structural driver level"), "Drivers per challenge");
    }

    private static Schema edge() {
        return Schemas.listOrSection(Schemas.list(id()).minItems(2).maxItems(2).named("a pair [from, to]"),
                Schemas.object("an edge section")
                        .required("from", id(), "A district id")
                        .required("to", id(), "A district id")
                        .optional("weight", Schemas.number().between(0, 100), 1.0,
                                "Relative strength of spill-over and movement along it"))
                .named("an edge: [from, to] or {from, to, weight}");
    }
}
