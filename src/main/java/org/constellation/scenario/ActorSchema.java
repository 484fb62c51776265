package org.constellation.scenario;

import static org.constellation.scenario.SchemaParts.challengeMap;
import static org.constellation.scenario.SchemaParts.id;
import static org.constellation.scenario.SchemaParts.ids;
import static org.constellation.scenario.SchemaParts.keys;
import static org.constellation.scenario.SchemaParts.share;

import org.constellation.model.Institution;
import org.constellation.model.Organisation;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;
import org.constellation.model.spec.Funding;
import org.constellation.model.spec.GroupKind;
import org.constellation.scenario.schema.ObjectSchema;
import org.constellation.scenario.schema.Schemas;

/** Schemas of actors, groups and shocks. */
final class ActorSchema {

    private ActorSchema() {
    }

    static ObjectSchema actor() {
        return Schemas.object("an actor")
                .required("id", id(), "Unique id")
                .optional("name", Schemas.string(), "Display name")
                .required("organisation", keys(Organisation.class, Organisation::key),
                        "Its organisation; the profile fills in what this section does not set (docs/organisations.md)")
                .optional("doctrine", Schemas.string(), "The doctrine it trains host institutions in")
                .required("presence", ids().minItems(1), "Ids of the districts where it is present")
                .required("capacity", Schemas.number().between(0, 1e6).unit("effort units per step"),
                        "Staff time per step")
                .optional("part_of", id(), "The id of the mission it is a component of (its police or a civilian "
                        + "section): it deploys, draws down and leaves with that mission, and the host judges the two "
                        + "as one (docs/ODD.md, 'Mission components')")
                .optional("executive", Schemas.bool(), "Whether it holds an executive mandate")
                .optional("funding", keys(Funding.class, Funding::key), "How it is funded")
                .optional("mandate", mandate(), "What it may do (default: its organisation's profile)")
                .optional("deployment", deployment(), "When and how it is deployed")
                .optional("sensing", SchemaParts.sensing(), "How it perceives needs")
                .optional("horizon", Schemas.integer().between(1, 10_000).unit("steps"), "Planning horizon")
                .optional("replan_interval", Schemas.integer().between(1, 10_000).unit("steps"),
                        "Steps between re-plans (12 for earmarked donors)")
                .optional("watchdog", Schemas.bool(), "For civil society: whether it watches the host government")
                .optional("conditionality", share(), "Believed capture of a host institution above which it "
                        + "withholds indirect support from it (Fit for Purpose ch. 6, recommendation 7); 1 or absent: "
                        + "unconditional");
    }

    static ObjectSchema mandate() {
        return Schemas.object("a mandate section")
                .optional("priorities", challengeMap("Weight"), "Weight per challenge; challenges left out are outside "
                        + "the mandate")
                .optional("modes", Schemas.list(keys(Mode.class, Mode::key)), "Allowed modes (direct, indirect)")
                .optional("targets", Schemas.list(keys(Target.class, Target::key)), "Allowed targets (drivers, "
                        + "consequences)")
                .optional("institutions", Schemas.list(keys(Institution.class, Institution::key)),
                        "Institutions indirect activities may target (empty: all)")
                .optional("flags", Schemas.list(keys(ActivityFlag.class, ActivityFlag::key)),
                        "Flags an activity must carry")
                .optional("include", SchemaParts.texts(), "Activities always allowed (challenge/id or id)")
                .optional("exclude", SchemaParts.texts(), "Activities never allowed (challenge/id or id)")
                .optional("exclude_flags", Schemas.list(keys(ActivityFlag.class, ActivityFlag::key)),
                        "Activities carrying any of these flags are never allowed; [enforcement] switches the actor's "
                                + "enforcement off (a counterfactual)");
    }

    private static ObjectSchema deployment() {
        return Schemas.object("a deployment section")
                .optional("start", Schemas.integer().between(0, 1_000_000), "First active step")
                .optional("end", Schemas.integer().between(-1, 1_000_000), "Step at which it closes (-1: never)")
                .optional("announced", Schemas.integer().between(-1, 1_000_000), "Step from which its end is public "
                        + "(-1: the end minus parameters.deployment.notice); ignored without an end")
                .optional("personnel", Schemas.number().between(0, 1e4).unit("thousands"), "Personnel")
                .optional("rotation", Schemas.integer().between(0, 10_000).unit("steps"), "Steps between staff "
                        + "rotations (0: none)")
                .optional("bunkerization", share(), "How far it walls itself off from the population");
    }

    static ObjectSchema scheduleEntry() {
        return Schemas.object("a scheduled change")
                .optional("step", Schemas.integer().between(0, 1_000_000), "The step at whose start it takes effect")
                .optional("date", Schemas.string().pattern(ScheduleMapper.MONTH, "a month written YYYY-MM"),
                        "The month at whose start it takes effect (needs start_date)")
                .optional("presence", ids().minItems(1), "Ids of the districts where the actor is present from then on")
                .optional("capacity", Schemas.number().between(0, 1e6).unit("effort units per step"),
                        "Nominal staff time per step from then on");
    }

    static ObjectSchema group() {
        return Schemas.object("a group")
                .required("id", id(), "Unique id")
                .optional("name", Schemas.string(), "Display name")
                .required("kind", keys(GroupKind.class, GroupKind::key), "What kind of group")
                .required("district", id(), "Where it starts")
                .optional("strength", Schemas.number().between(0, 1e4), "Starting strength")
                .optional("regime_ties", share(), "How far it is tied to the regime (officials who protect it, share "
                        + "its revenue or use it against rivals); absent: none for a jihadist group, otherwise as far as "
                        + "the host institution that polices it is captured");
    }

    static ObjectSchema shock() {
        return Schemas.object("a shock")
                .required("kind", Schemas.oneOf(ShockMapper.KINDS.toArray(String[]::new)), "What happens")
                .required("step", Schemas.integer().between(0, 1_000_000), "When (at the start of this step)")
                .optional("district", id(), "The district (epidemic-outbreak)")
                .optional("area", id(), "A district or country (drought)")
                .optional("country", id(), "The country (coup)")
                .optional("actor", id(), "The actor (mission-closure, funding-change, mandate-change, drawdown, "
                        + "handover)")
                .optional("group", id(), "The group (group-surge)")
                .optional("magnitude", share(), "Size (epidemic-outbreak, drought)")
                .optional("willingness", share(), "New host willingness (coup)")
                .optional("consent", share(), "New host consent (coup)")
                .optional("factor", Schemas.number().between(0, 100), "Capacity multiplier (funding-change)")
                .optional("strength", Schemas.number().between(-1e4, 1e4), "Strength added (group-surge)")
                .optional("mandate", mandate(), "The actor's mandate from then on: the keys given replace its own "
                        + "(mandate-change)")
                .optional("until", Schemas.integer().between(0, 1_000_000), "The step at which the drawdown ends and "
                        + "the actor closes (drawdown; its exit is announced at the shock's step)")
                .optional("order", ids(), "The order in which it leaves its districts (drawdown; default: least state "
                        + "presence first; districts not listed leave last)")
                .optional("successor", id(), "The actor that takes over its districts and records (handover)")
                .optional("records_lost", share(), "Share of its records (need and threat estimates) lost in the "
                        + "handover (handover; default 0)")
                .optional("capacity_share", share(), "Share of its capacity passed to the successor (handover; "
                        + "default 0)");
    }
}
