package org.constellation.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;
import org.constellation.model.agents.ActivityPlanner;
import org.constellation.model.agents.ActivityValuation;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.ActorSchedule;
import org.constellation.model.agents.ArmedGroup;
import org.constellation.model.agents.CivilSocietyOrganisation;
import org.constellation.model.agents.CountryTeamAgency;
import org.constellation.model.agents.Donor;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.agents.Mission;
import org.constellation.model.agents.Population;
import org.constellation.model.agents.Profile;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;
import org.constellation.model.plan.Mandate;
import org.constellation.model.spec.ActorSpec;
import org.constellation.model.spec.CountrySpec;
import org.constellation.model.spec.DeploymentSpec;
import org.constellation.model.spec.DistrictSpec;
import org.constellation.model.spec.EdgeSpec;
import org.constellation.model.spec.Funding;
import org.constellation.model.spec.GroupSpec;
import org.constellation.model.spec.HostSpec;
import org.constellation.model.spec.InstitutionSpec;
import org.constellation.model.spec.MandateSpec;
import org.constellation.model.spec.ModelSpec;
import org.constellation.model.spec.ScheduleEntry;
import org.constellation.model.world.Country;
import org.constellation.model.world.District;
import org.constellation.model.world.InstitutionState;
import org.constellation.model.world.NeedField;
import org.constellation.model.world.Region;

/** Builds a run's {@link World} from a {@link ModelSpec}; host governments come first in the actor list. */
final class WorldBuilder {

    /** Host horizon: governments plan for years. An assumption. */
    private static final int HOST_HORIZON = 60;

    private WorldBuilder() {
    }

    static World build(Constellation m, ModelSpec spec, ActivityCatalogue catalogue) {
        ModelParameters p = spec.parameters();
        Region region = buildRegion(spec);
        NeedField needs = buildNeeds(spec, region);
        List<Actor> actors = new ArrayList<>();
        HostGovernment[] hosts = new HostGovernment[region.countries().size()];
        for (CountrySpec cs : spec.region().countries()) {
            Country country = region.country(cs.id());
            hosts[country.index()] = host(actors.size(), cs.host(), country, catalogue);
            actors.add(hosts[country.index()]);
        }
        for (ActorSpec as : spec.actors()) {
            actors.add(actor(actors.size(), as, catalogue));
        }
        List<ArmedGroup> groups = new ArrayList<>();
        for (GroupSpec gs : spec.groups()) {
            District d = require(region, gs.district(), "group " + gs.id());
            groups.add(new ArmedGroup(groups.size(), gs.id(), gs.name(), gs.kind(), d.index(), gs.strength(),
                    gs.regimeTies()));
        }
        List<Population> populations = new ArrayList<>();
        for (District d : region.districts()) {
            populations.add(new Population(d.index(), actors.size(), p.get(Parameters.TRUST_INITIAL)));
        }
        World world = new World(region, needs, actors, groups, hosts, populations,
                new Relations(actors.size(), p.get(Parameters.RELATIONS_INITIAL)),
                new ActivityPlanner(catalogue, region),
                new ActivityValuation(p), maxDelay(p));
        m.attachWorld(world);
        for (int i = 0; i < hosts.length; i++) {
            hosts[i].attach(m, region.countries().get(i).districts());
        }
        for (int k = 0; k < spec.actors().size(); k++) {
            ActorSpec as = spec.actors().get(k);
            List<District> presence = new ArrayList<>();
            for (String id : as.presence()) {
                presence.add(require(region, id, "actor " + as.id()));
            }
            actors.get(hosts.length + k).attach(m, presence);
            if (!as.schedule().isEmpty()) {
                actors.get(hosts.length + k).follow(schedule(region, as));
            }
            if (as.isComponent()) {
                actors.get(hosts.length + k).joinAsComponentOf(world.actor(as.partOf()));
            }
        }
        return world;
    }

    private static Region buildRegion(ModelSpec spec) {
        List<Country> countries = new ArrayList<>();
        for (CountrySpec cs : spec.region().countries()) {
            Country c = new Country(countries.size(), cs.id(), cs.name());
            for (org.constellation.model.Institution i : org.constellation.model.Institution.all()) {
                InstitutionSpec is = cs.host().institutions().getOrDefault(i, new InstitutionSpec(0.3, 3));
                c.setInstitution(new InstitutionState(i, is.capacity(), is.absorption()));
            }
            countries.add(c);
        }
        List<District> districts = new ArrayList<>();
        for (DistrictSpec ds : spec.region().districts()) {
            Country c = countries.stream().filter(x -> x.id().equals(ds.country())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("district " + ds.id() + ": unknown country "
                            + ds.country()));
            double[] pos = ds.position();
            districts.add(new District(districts.size(), ds.id(), ds.name(), c, ds.population(), ds.capital(),
                    pos.length > 0 ? pos[0] : districts.size(), pos.length > 1 ? pos[1] : 0, ds.statePresence()));
        }
        Region region = new Region(spec.region().name(), countries, districts);
        for (EdgeSpec e : spec.region().edges()) {
            region.connect(require(region, e.from(), "edge"), require(region, e.to(), "edge"), e.weight());
        }
        return region;
    }

    private static NeedField buildNeeds(ModelSpec spec, Region region) {
        int history = 1;
        for (ActorSpec a : spec.actors()) {
            history = Math.max(history, a.sensing().delay() + 1);
        }
        for (CountrySpec c : spec.region().countries()) {
            history = Math.max(history, c.host().sensing().delay() + 1);
        }
        NeedField needs = new NeedField(region.size(), history);
        for (DistrictSpec ds : spec.region().districts()) {
            int d = region.district(ds.id()).index();
            for (Challenge c : Challenge.all()) {
                int cell = NeedField.cell(d, c);
                needs.setNeed(cell, ds.need().getOrDefault(c, 0.0));
                double driver = ds.driver().getOrDefault(c, 0.0);
                needs.setDriver(cell, driver);
                needs.setDriverBase(cell, driver);
            }
        }
        needs.markReference();
        needs.snapshot();
        return needs;
    }

    private static HostGovernment host(int index, HostSpec hs, Country country, ActivityCatalogue catalogue) {
        double[] priorities = new double[Challenge.COUNT];
        for (Challenge c : Challenge.all()) {
            priorities[c.ordinal()] = hs.priorities().getOrDefault(c, 0.0);
        }
        MandateSpec mandate = new MandateSpec(hs.priorities(), EnumSet.of(Mode.DIRECT), EnumSet.allOf(Target.class),
                Set.of(), Set.of(), Set.of(), Set.of(), hs.excludeFlags());
        Profile profile = new Profile(index, hs.id(), hs.name(), ActorType.HOST_GOVERNMENT, "host-government",
                "national-" + country.id(), hs.effort(), Mandate.resolve(mandate, catalogue, true, false), true,
                Funding.NATIONAL, DeploymentSpec.permanent(), hs.sensing(), HOST_HORIZON, 1);
        double[] capture = new double[Institution.COUNT];
        for (Institution i : Institution.all()) {
            capture[i.ordinal()] = hs.capture(i);
        }
        return new HostGovernment(profile, country, hs.willingness(), capture, hs.consent(), priorities,
                hs.nationalStrategy());
    }

    private static Actor actor(int index, ActorSpec as, ActivityCatalogue catalogue) {
        boolean insideFence = as.type() == ActorType.MISSION && as.deployment().personnel() > 0;
        Profile profile = new Profile(index, as.id(), as.name(), as.type(), as.organisation(), as.doctrine(),
                as.capacity(), Mandate.resolve(as.mandate(), catalogue, as.executive(), insideFence), as.executive(),
                as.funding(), as.deployment(), as.sensing(), as.horizon(), as.replanInterval(), as.conditionality());
        return switch (as.type()) {
            case MISSION -> new Mission(profile);
            case UNCT_AGENCY -> new CountryTeamAgency(profile);
            case DONOR -> new Donor(profile);
            case CIVIL_SOCIETY -> new CivilSocietyOrganisation(profile, as.watchdog());
            default -> throw new IllegalArgumentException("actor " + as.id() + ": type " + as.type().key()
                    + " is declared elsewhere (host governments under countries, groups under groups)");
        };
    }

    private static ActorSchedule schedule(Region region, ActorSpec as) {
        List<ActorSchedule.Change> changes = new ArrayList<>();
        for (ScheduleEntry e : as.schedule()) {
            List<District> presence = null;
            if (e.setsPresence()) {
                presence = new ArrayList<>();
                for (String id : e.presence()) {
                    presence.add(require(region, id, "schedule of actor " + as.id()));
                }
            }
            changes.add(new ActorSchedule.Change(e.step(), presence, e.capacity()));
        }
        return new ActorSchedule(changes);
    }

    private static District require(Region region, String id, String what) {
        District d = region.district(id);
        if (d == null) {
            throw new IllegalArgumentException(what + ": unknown district '" + id + "'");
        }
        return d;
    }

    private static int maxDelay(ModelParameters p) {
        int max = 0;
        for (var d : List.of(Parameters.DELAY_DIRECT_CONSEQUENCES, Parameters.DELAY_DIRECT_DRIVERS,
                Parameters.DELAY_INDIRECT_CONSEQUENCES, Parameters.DELAY_INDIRECT_DRIVERS)) {
            max = Math.max(max, p.getInt(d));
        }
        return max + 1;
    }
}
