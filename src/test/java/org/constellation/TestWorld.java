package org.constellation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.coordination.NoCoordination;
import org.constellation.information.NoSharing;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.InformationSharingRule;
import org.constellation.model.Institution;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.spec.ActorSpec;
import org.constellation.model.spec.CountrySpec;
import org.constellation.model.spec.DeploymentSpec;
import org.constellation.model.spec.DistrictSpec;
import org.constellation.model.spec.EdgeSpec;
import org.constellation.model.spec.Funding;
import org.constellation.model.spec.GroupKind;
import org.constellation.model.spec.GroupSpec;
import org.constellation.model.spec.HostSpec;
import org.constellation.model.spec.InstitutionSpec;
import org.constellation.model.spec.MandateSpec;
import org.constellation.model.spec.ModelSpec;
import org.constellation.model.spec.RegionSpec;
import org.constellation.model.spec.SensingSpec;
import org.constellation.model.spec.ShockSpec;

/**
 * Builds small hand-made worlds for tests: a few districts in one or two countries, actors with
 * narrow mandates, groups and shocks, all explicit.
 */
public final class TestWorld {

    private final List<CountrySpec> countries = new ArrayList<>();
    private final List<DistrictSpec> districts = new ArrayList<>();
    private final List<EdgeSpec> edges = new ArrayList<>();
    private final List<ActorSpec> actors = new ArrayList<>();
    private final List<GroupSpec> groups = new ArrayList<>();
    private final List<ShockSpec> shocks = new ArrayList<>();
    private final Map<String, Double> parameters = new LinkedHashMap<>();
    private final List<CoordinationMechanism> mechanisms = new ArrayList<>();
    private InformationSharingRule sharing = new NoSharing();
    private ActivityCatalogue catalogue = ActivityCatalogue.standard();

    /** A country with a passive host government (it resolves needs but plans no activities of its own). */
    public TestWorld country(String id) {
        return country(id, 0.6, 0.0, 0.9, 0);
    }

    /** A country with a host government of the given willingness, capture, consent and effort. */
    public TestWorld country(String id, double willingness, double capture, double consent, double effort) {
        Map<Institution, InstitutionSpec> institutions = new EnumMap<>(Institution.class);
        for (Institution i : Institution.all()) {
            institutions.put(i, new InstitutionSpec(0.4, 3));
        }
        Map<Challenge, Double> priorities = new EnumMap<>(Challenge.class);
        for (Challenge c : Challenge.all()) {
            priorities.put(c, 0.5);
        }
        countries.add(new CountrySpec(id, id, new HostSpec(id + "-government", id + " government", effort, willingness,
                capture, consent, priorities, institutions, false, new SensingSpec(0.05, 0, 1.0))));
        return this;
    }

    /** A district with the same need and driver for every challenge. */
    public TestWorld district(String id, String country, double need, double statePresence) {
        Map<Challenge, Double> needs = new EnumMap<>(Challenge.class);
        Map<Challenge, Double> drivers = new EnumMap<>(Challenge.class);
        for (Challenge c : Challenge.all()) {
            needs.put(c, need);
            drivers.put(c, need);
        }
        districts.add(new DistrictSpec(id, id, country, 100, statePresence, districts.isEmpty(), needs, drivers,
                new double[] {districts.size(), 0}));
        return this;
    }

    /** An adjacency. */
    public TestWorld edge(String a, String b) {
        edges.add(new EdgeSpec(a, b, 1));
        return this;
    }

    /**
     * An actor allowed exactly the listed activity keys ("challenge/id"), with priority 1 on their
     * challenges, perfect sensing, and no rotation.
     */
    public TestWorld actor(String id, ActorType type, double capacity, List<String> presence, String... activities) {
        return actor(id, type, capacity, presence, DeploymentSpec.permanent(), false, activities);
    }

    /** As {@link #actor}, with a deployment and executive flag. */
    public TestWorld actor(String id, ActorType type, double capacity, List<String> presence,
            DeploymentSpec deployment, boolean executive, String... activities) {
        Map<Challenge, Double> priorities = new EnumMap<>(Challenge.class);
        for (String a : activities) {
            priorities.put(Challenge.byKey(a.substring(0, a.indexOf('/'))), 1.0);
        }
        MandateSpec mandate = new MandateSpec(priorities, EnumSet.noneOf(Mode.class), EnumSet.noneOf(Target.class),
                Set.of(), Set.of(), Set.of(activities), Set.of());
        String organisation = switch (type) {
            case MISSION -> "un-peacekeeping";
            case UNCT_AGENCY -> "undp";
            case DONOR -> "bilateral-donor";
            default -> "civil-society";
        };
        actors.add(new ActorSpec(id, id, type, organisation, id + "-doctrine", presence, capacity, mandate, executive,
                Funding.ASSESSED, deployment, new SensingSpec(0.0, 0, 1.0), 24, 1, false));
        return this;
    }

    /** Changes an actor already added. */
    public TestWorld modify(String id, java.util.function.UnaryOperator<ActorSpec> change) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).id().equals(id)) {
                actors.set(i, change.apply(actors.get(i)));
                return this;
            }
        }
        throw new IllegalArgumentException("no actor " + id);
    }

    /** Sets an actor's organisation. */
    public TestWorld organisation(String id, String organisation) {
        return modify(id, a -> new ActorSpec(a.id(), a.name(), a.type(), organisation, a.doctrine(), a.presence(),
                a.capacity(), a.mandate(), a.executive(), a.funding(), a.deployment(), a.sensing(), a.horizon(),
                a.replanInterval(), a.watchdog()));
    }

    /** Sets an actor's sensing. */
    public TestWorld sensing(String id, double noise, int delay, double coverage) {
        return modify(id, a -> new ActorSpec(a.id(), a.name(), a.type(), a.organisation(), a.doctrine(), a.presence(),
                a.capacity(), a.mandate(), a.executive(), a.funding(), a.deployment(), new SensingSpec(noise, delay,
                        coverage), a.horizon(), a.replanInterval(), a.watchdog()));
    }

    /** Sets an actor's re-plan interval. */
    public TestWorld replan(String id, int interval) {
        return modify(id, a -> new ActorSpec(a.id(), a.name(), a.type(), a.organisation(), a.doctrine(), a.presence(),
                a.capacity(), a.mandate(), a.executive(), a.funding(), a.deployment(), a.sensing(), a.horizon(),
                interval, a.watchdog()));
    }

    /** Gives an actor an executive mandate. */
    public TestWorld executive(String id) {
        return modify(id, a -> new ActorSpec(a.id(), a.name(), a.type(), a.organisation(), a.doctrine(), a.presence(),
                a.capacity(), a.mandate(), true, a.funding(), a.deployment(), a.sensing(), a.horizon(),
                a.replanInterval(), a.watchdog()));
    }

    /** Sets the last country's host priorities and national-strategy flag. */
    public TestWorld host(Map<Challenge, Double> priorities, boolean nationalStrategy) {
        CountrySpec c = countries.remove(countries.size() - 1);
        HostSpec h = c.host();
        countries.add(new CountrySpec(c.id(), c.name(), new HostSpec(h.id(), h.name(), h.effort(), h.willingness(),
                h.capture(), h.consent(), priorities, h.institutions(), nationalStrategy, h.sensing())));
        return this;
    }

    /** Adds a fully specified actor. */
    public TestWorld actor(ActorSpec spec) {
        actors.add(spec);
        return this;
    }

    /** A group. */
    public TestWorld group(String id, GroupKind kind, String district, double strength) {
        groups.add(new GroupSpec(id, id, kind, district, strength));
        return this;
    }

    /** A shock. */
    public TestWorld shock(ShockSpec shock) {
        shocks.add(shock);
        return this;
    }

    /** A global parameter. */
    public TestWorld parameter(String key, double value) {
        parameters.put(key, value);
        return this;
    }

    /** A coordination mechanism in force. */
    public TestWorld mechanism(CoordinationMechanism mechanism) {
        mechanisms.add(mechanism);
        return this;
    }

    /** The sharing rule in force. */
    public TestWorld sharing(InformationSharingRule rule) {
        sharing = rule;
        return this;
    }

    /** The activity catalogue the model uses (a row split or renamed, for metamorphic tests). */
    public TestWorld catalogue(ActivityCatalogue rows) {
        catalogue = rows;
        return this;
    }

    /** The spec. */
    public ModelSpec spec() {
        return new ModelSpec("test", new RegionSpec("test", countries, districts, edges), actors, groups, shocks,
                ModelParameters.of(parameters));
    }

    /** A started model. */
    public Constellation start(long seed) {
        Constellation m = new Constellation(seed, spec(),
                mechanisms.isEmpty() ? List.of(new NoCoordination()) : mechanisms, sharing, catalogue);
        m.start();
        return m;
    }

    /** Two districts in one country, connected, each with the given need. */
    public static TestWorld twoDistricts(double need) {
        return new TestWorld().country("a").district("a1", "a", need, 0.5).district("a2", "a", need, 0.5)
                .edge("a1", "a2");
    }

    /** Two countries with one district each, connected across the border. */
    public static TestWorld acrossBorder(double need) {
        return new TestWorld().country("a").country("b").district("a1", "a", need, 0.5)
                .district("b1", "b", need, 0.5).edge("a1", "b1");
    }
}
