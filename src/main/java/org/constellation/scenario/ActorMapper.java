package org.constellation.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.Institution;
import org.constellation.model.Organisation;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;
import org.constellation.model.spec.ActorSpec;
import org.constellation.model.spec.DeploymentSpec;
import org.constellation.model.spec.Funding;
import org.constellation.model.spec.MandateSpec;

/**
 * Maps the {@code actors:} section. Each actor names its organisation, whose profile
 * ({@link Organisation}) gives every attribute the actor does not set.
 */
final class ActorMapper {

    private static final ActivityCatalogue CATALOGUE = ActivityCatalogue.standard();

    private final TreeReader r;
    private final ScenarioMapper.References refs;

    ActorMapper(TreeReader r, ScenarioMapper.References refs) {
        this.r = r;
        this.refs = refs;
    }

    List<ActorSpec> map(List<Object> items, String path) {
        List<ActorSpec> out = new ArrayList<>();
        Map<String, String> partOfPaths = new java.util.LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                continue;
            }
            Map<String, Object> item = r.asMap(items.get(i), path + "[" + i + "]");
            ActorSpec a = actor(item, path + "[" + i + "]");
            if (a != null && item.containsKey("part_of")) {
                a = a.asPartOf(r.string(item, "part_of", path + "[" + i + "]", ""));
                partOfPaths.put(a.id(), path + "[" + i + "].part_of");
            }
            if (a != null) {
                out.add(a);
            }
        }
        checkComponents(out, partOfPaths);
        return out;
    }

    /**
     * A component names a mission of the scenario that is itself no component, and is a mission too (its police
     * or a civilian section).
     */
    private void checkComponents(List<ActorSpec> actors, Map<String, String> paths) {
        Map<String, ActorSpec> byId = new java.util.HashMap<>();
        actors.forEach(a -> byId.putIfAbsent(a.id(), a));
        for (ActorSpec a : actors) {
            String p = paths.get(a.id());
            if (p == null || !a.isComponent()) {
                continue;
            }
            ActorSpec parent = byId.get(a.partOf());
            if (a.partOf().equals(a.id())) {
                r.error(p, "an actor cannot be a component of itself");
            } else if (parent == null) {
                r.error(p, "unknown actor '" + a.partOf() + "'; a component names a mission of this scenario: "
                        + missions(actors));
            } else if (parent.type() != ActorType.MISSION) {
                r.error(p, "'" + a.partOf() + "' is a " + parent.type().key() + ", not a mission; a component names "
                        + "a mission of this scenario: " + missions(actors));
            } else if (parent.isComponent()) {
                r.error(p, "'" + a.partOf() + "' is itself a component of '" + parent.partOf() + "'; name the mission");
            } else if (a.type() != ActorType.MISSION) {
                r.error(p, "only a mission's organisation can have a component (its police or a civilian section); '"
                        + a.id() + "' is a " + a.type().key());
            }
        }
    }

    private static List<String> missions(List<ActorSpec> actors) {
        return actors.stream().filter(x -> x.type() == ActorType.MISSION && !x.isComponent()).map(ActorSpec::id)
                .toList();
    }

    private ActorSpec actor(Map<String, Object> a, String p) {
        String id = r.string(a, "id", p, "");
        if (!refs.claimActor(id)) {
            r.error(p + ".id", "duplicate id '" + id + "'");
        }
        List<String> presence = r.strings(a, "presence", p);
        for (int k = 0; k < presence.size(); k++) {
            if (!presence.get(k).isEmpty() && !refs.district(presence.get(k))) {
                r.error(p + ".presence[" + k + "]", "unknown district '" + presence.get(k) + "'");
            }
        }
        if (presence.isEmpty()) {
            r.error(p + ".presence", "an actor must be present in at least one district");
        }
        String orgKey = r.string(a, "organisation", p, "");
        if (orgKey.isEmpty()) {
            return null;
        }
        Organisation org;
        try {
            org = Organisation.byKey(orgKey);
        } catch (IllegalArgumentException e) {
            r.error(p + ".organisation", "unknown organisation '" + orgKey + "'; known: " + Organisation.keys());
            return null;
        }
        Funding funding = org.funding();
        if (a.containsKey("funding")) {
            funding = parse(r.string(a, "funding", p, org.funding().key()), p + ".funding", Funding::byKey,
                    org.funding());
        }
        return new ActorSpec(id, r.string(a, "name", p, id), org.type(), org.key(),
                r.string(a, "doctrine", p, org.doctrine()), presence, r.number(a, "capacity", p, Double.NaN, 0, 1e6),
                mandate(r.map(a, "mandate", p), p + ".mandate", org.mandate()), r.bool(a, "executive", p, false),
                funding, deployment(r.map(a, "deployment", p), p + ".deployment", org),
                SensingMapper.read(r, a, p, org.sensing()), r.integer(a, "horizon", p, org.horizon(), 1, 10_000),
                r.integer(a, "replan_interval", p, org.replanInterval(), 1, 10_000),
                watchdog(a, p, org), r.number(a, "conditionality", p, 1, 0, 1));
    }

    private boolean watchdog(Map<String, Object> a, String p, Organisation org) {
        boolean watchdog = r.bool(a, "watchdog", p, false);
        if (watchdog && org.type() != ActorType.CIVIL_SOCIETY) {
            r.error(p + ".watchdog", "only civil society organisations can be watchdogs");
        }
        return watchdog;
    }

    private DeploymentSpec deployment(Map<String, Object> d, String p, Organisation org) {
        int start = r.integer(d, "start", p, 0, 0, 1_000_000);
        int end = r.integer(d, "end", p, -1, -1, 1_000_000);
        if (end >= 0 && end <= start) {
            r.error(p + ".end", "a deployment must end after it starts (start " + start + ", end " + end + ")");
        }
        int announced = r.integer(d, "announced", p, -1, -1, 1_000_000);
        if (end >= 0 && announced > end) {
            r.error(p + ".announced", "an end cannot be announced after it happens (announced " + announced
                    + ", end " + end + ")");
        }
        return new DeploymentSpec(start, end, r.number(d, "personnel", p, 0, 0, 1e4),
                r.integer(d, "rotation", p, org.rotation(), 0, 10_000),
                r.number(d, "bunkerization", p, org.bunkerization(), 0, 1), announced);
    }

    /** A mandate section: the keys given, the rest from {@code profile} (an organisation's, or an actor's own). */
    MandateSpec mandate(Map<String, Object> m, String p, MandateSpec profile) {
        Map<Challenge, Double> priorities = m.containsKey("priorities")
                ? ChallengeMaps.read(r, r.map(m, "priorities", p), p + ".priorities", 0, 1) : profile.priorities();
        Set<Mode> modes = m.containsKey("modes") ? r.enums(m, "modes", p, Mode.class, Mode::key) : profile.modes();
        Set<Target> targets = m.containsKey("targets") ? r.enums(m, "targets", p, Target.class, Target::key)
                : profile.targets();
        Set<Institution> institutions = m.containsKey("institutions")
                ? r.enums(m, "institutions", p, Institution.class, Institution::key) : profile.institutions();
        Set<ActivityFlag> flags = m.containsKey("flags") ? r.enums(m, "flags", p, ActivityFlag.class, ActivityFlag::key)
                : profile.flags();
        Set<String> include = activities(m, "include", p, profile.include());
        Set<String> exclude = activities(m, "exclude", p, profile.exclude());
        Set<ActivityFlag> excludeFlags = m.containsKey("exclude_flags")
                ? r.enums(m, "exclude_flags", p, ActivityFlag.class, ActivityFlag::key) : profile.excludeFlags();
        return new MandateSpec(priorities, modes, targets, institutions, flags, include, exclude, excludeFlags);
    }

    private Set<String> activities(Map<String, Object> m, String key, String p, Set<String> fallback) {
        if (!m.containsKey(key)) {
            return fallback;
        }
        List<String> names = r.strings(m, key, p);
        for (int k = 0; k < names.size(); k++) {
            String n = names.get(k);
            if (CATALOGUE.find(n) == null && !CATALOGUE.hasId(n)) {
                r.error(p + "." + key + "[" + k + "]", "unknown activity '" + n
                        + "'; use an id or challenge/id from docs/activities.md");
            }
        }
        return Set.copyOf(names);
    }

    private <T> T parse(String value, String p, Function<String, T> parser, T fallback) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            r.error(p, e.getMessage());
            return fallback;
        }
    }
}
