package org.constellation.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.agents.ActivityPlanner;
import org.constellation.model.agents.ActivityValuation;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.ArmedGroup;
import org.constellation.model.agents.CivilSocietyOrganisation;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.agents.Population;
import org.constellation.model.world.Country;
import org.constellation.model.world.NeedField;
import org.constellation.model.world.Region;

/** The state of one run, built by {@link WorldBuilder} and owned by the {@link Constellation}. */
final class World implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Region region;
    private final NeedField needs;
    private final List<Actor> actors;
    private final List<Actor> internationals;
    private final List<Actor> watchdogs;
    private final Map<String, Actor> actorsById = new LinkedHashMap<>();
    private final List<ArmedGroup> groups;
    private final HostGovernment[] hosts;
    private final List<Population> populations;
    private final Ledger ledger;
    private final StepAccounts accounts;
    private final PlanBoard planBoard;
    private final Relations relations;
    private final Mailbox mailbox = new Mailbox();
    private final ActivityPlanner planner;
    private final ActivityValuation valuation;
    private final EffectQueue effects;
    private final List<ClosureRecord> closures = new ArrayList<>();
    private final EffortHistory effortHistory = new EffortHistory();
    private final List<Actor> rotated = new ArrayList<>();
    private StrategyContext context;

    World(Region region, NeedField needs, List<Actor> actors, List<ArmedGroup> groups, HostGovernment[] hosts,
            List<Population> populations, Relations relations, ActivityPlanner planner, ActivityValuation valuation,
            int maxDelay) {
        this.region = region;
        this.needs = needs;
        this.actors = List.copyOf(actors);
        for (Actor a : actors) {
            actorsById.put(a.id(), a);
        }
        this.internationals = this.actors.stream().filter(a -> a.type().isInternational()).toList();
        this.watchdogs = this.actors.stream()
                .filter(a -> a instanceof CivilSocietyOrganisation cso && cso.isWatchdog()).toList();
        this.groups = List.copyOf(groups);
        this.hosts = hosts.clone();
        this.populations = List.copyOf(populations);
        this.ledger = new Ledger(region.size());
        this.accounts = new StepAccounts(actors.size(), region.size(), region.countries().size(), needs.cells());
        this.planBoard = new PlanBoard(actors.size());
        this.relations = relations;
        this.planner = planner;
        this.valuation = valuation;
        this.effects = new EffectQueue(maxDelay);
    }

    Region region() {
        return region;
    }

    NeedField needs() {
        return needs;
    }

    List<Actor> actors() {
        return actors;
    }

    /** The international actors (a type that never changes), in index order. */
    List<Actor> internationals() {
        return internationals;
    }

    /** The watchdog civil society organisations (a role that never changes), in index order. */
    List<Actor> watchdogs() {
        return watchdogs;
    }

    Actor actor(String id) {
        return actorsById.get(id);
    }

    List<ArmedGroup> groups() {
        return groups;
    }

    ArmedGroup group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst().orElse(null);
    }

    HostGovernment host(Country country) {
        return hosts[country.index()];
    }

    List<HostGovernment> hosts() {
        return Collections.unmodifiableList(java.util.Arrays.asList(hosts));
    }

    Population population(int district) {
        return populations.get(district);
    }

    List<Population> populations() {
        return populations;
    }

    Ledger ledger() {
        return ledger;
    }

    StepAccounts accounts() {
        return accounts;
    }

    PlanBoard planBoard() {
        return planBoard;
    }

    Relations relations() {
        return relations;
    }

    Mailbox mailbox() {
        return mailbox;
    }

    ActivityPlanner planner() {
        return planner;
    }

    ActivityValuation valuation() {
        return valuation;
    }

    EffectQueue effects() {
        return effects;
    }

    List<ClosureRecord> closures() {
        return closures;
    }

    EffortHistory effortHistory() {
        return effortHistory;
    }

    List<Actor> rotated() {
        return rotated;
    }

    StrategyContext context() {
        return context;
    }

    void setContext(StrategyContext context) {
        this.context = context;
    }
}
