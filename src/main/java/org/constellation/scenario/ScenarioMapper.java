package org.constellation.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.spec.ActorSpec;
import org.constellation.model.spec.GroupSpec;
import org.constellation.model.spec.ModelSpec;
import org.constellation.model.spec.RegionSpec;
import org.constellation.model.spec.ScheduleEntry;
import org.constellation.model.spec.ShockSpec;
import org.constellation.scenario.schema.ValidationError;

/**
 * Turns a parsed scenario document (maps, lists and scalars) into a {@link Scenario}: fills in
 * defaults (an actor takes its organisation's profile for whatever it does not set), resolves names,
 * and checks every cross-reference (an actor present in a district that does not exist, a shock on
 * an unknown actor, a duplicate id). Every problem is reported, located, in one exception.
 */
public final class ScenarioMapper {

    /** Largest seed: MASON uses the low 32 bits of a seed. */
    public static final long MAX_SEED = 0xFFFF_FFFFL;
    /** Default number of steps (months). */
    public static final int DEFAULT_STEPS = 120;
    /** Most steps a run may have, in a file or on the command line. */
    public static final int MAX_STEPS = 1_000_000;
    /** Default seed. */
    public static final long DEFAULT_SEED = 1;

    private ScenarioMapper() {
    }

    /**
     * What mapping produced: the scenario (meaningful only without errors) and every problem found.
     *
     * @param scenario the scenario
     * @param errors every problem, located
     */
    public record Mapped(Scenario scenario, List<ValidationError> errors) {
    }

    /** Maps a document, collecting every problem found instead of stopping at the first. */
    public static Mapped map(Map<String, Object> root, Locator locator) {
        TreeReader r = new TreeReader(locator);
        String name = r.string(root, "name", "", "");
        String title = r.string(root, "title", "", name);
        String description = r.string(root, "description", "", "");
        List<String> sources = r.strings(root, "sources", "");
        List<String> lookAt = r.strings(root, "look_at", "");
        int steps = r.integer(root, "steps", "", DEFAULT_STEPS, 1, MAX_STEPS);
        double seed = r.number(root, "seed", "", DEFAULT_SEED, 0, MAX_SEED);
        if (seed != Math.rint(seed)) {
            r.error("seed", "expected a whole number, found " + seed);
        }
        RegionSpec region = new RegionMapper(r).map(r.map(root, "region", ""), "region");
        References refs = new References(region);
        List<ActorSpec> actors = new ActorMapper(r, refs).map(r.list(root, "actors", ""), "actors");
        Map<String, List<ScheduleEntry>> schedules = new ScheduleMapper(r, refs).map(root,
                actors.stream().map(ActorSpec::id).toList());
        actors = actors.stream().map(a -> a.withSchedule(schedules.getOrDefault(a.id(), List.of()))).toList();
        List<GroupSpec> groups = new GroupMapper(r, refs).map(r.list(root, "groups", ""), "groups");
        List<ShockSpec> shocks = new ShockMapper(r, refs, region, actors).map(r.list(root, "shocks", ""), "shocks");
        Map<String, Object> coordination = r.map(root, "coordination", "");
        List<StrategyChoice> mechanisms = StrategyMapper.mechanisms(r, coordination, "coordination", refs);
        StrategyChoice sharing = StrategyMapper.sharing(r, coordination, "coordination");
        ModelParameters parameters = parameters(r, r.map(root, "parameters", ""));
        ModelSpec model = new ModelSpec(name, region, actors, groups, shocks, parameters);
        return new Mapped(new Scenario(name, title, description, sources, lookAt, steps, (long) seed, model, mechanisms,
                sharing), r.errors());
    }

    private static ModelParameters parameters(TreeReader r, Map<String, Object> tree) {
        Map<String, Double> flat = new LinkedHashMap<>();
        flatten(r, tree, "", flat);
        for (Map.Entry<String, Double> e : flat.entrySet()) {
            var d = org.constellation.model.params.Parameters.find(e.getKey());
            if (d == null) {
                r.error("parameters." + e.getKey(), "unknown parameter; see docs/parameters.md for the list");
            } else if (d.check(e.getValue()) != null) {
                r.error("parameters." + e.getKey(), d.check(e.getValue()));
            }
        }
        try {
            return ModelParameters.of(flat);
        } catch (IllegalArgumentException e) {
            return ModelParameters.defaults();
        }
    }

    private static void flatten(TreeReader r, Map<String, Object> tree, String prefix, Map<String, Double> out) {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            Object v = e.getValue();
            if (v == null) {
                continue;
            } else if (v instanceof Map<?, ?>) {
                flatten(r, r.asMap(v, "parameters." + key), key, out);
            } else if (v instanceof Number n) {
                out.put(key, n.doubleValue());
            } else {
                r.error("parameters." + key, "expected a number, found " + TreeReader.describe(v));
            }
        }
    }

    /** Ids of everything a scenario can refer to, for cross-reference checks. */
    static final class References {
        private final Set<String> districts = new LinkedHashSet<>();
        private final Set<String> countries = new LinkedHashSet<>();
        private final Set<String> actors = new LinkedHashSet<>();
        private final Set<String> groups = new LinkedHashSet<>();

        References(RegionSpec region) {
            region.districts().forEach(d -> districts.add(d.id()));
            region.countries().forEach(c -> {
                countries.add(c.id());
                actors.add(c.host().id());
            });
        }

        boolean district(String id) {
            return districts.contains(id);
        }

        boolean country(String id) {
            return countries.contains(id);
        }

        boolean area(String id) {
            return districts.contains(id) || countries.contains(id);
        }

        boolean actor(String id) {
            return actors.contains(id);
        }

        boolean group(String id) {
            return groups.contains(id);
        }

        /** Registers an id; false if it is already taken by any actor, group, district or country. */
        boolean claimActor(String id) {
            return !groups.contains(id) && actors.add(id);
        }

        boolean claimGroup(String id) {
            return !actors.contains(id) && groups.add(id);
        }

        List<String> districtIds() {
            return new ArrayList<>(districts);
        }
    }
}
