package org.constellation.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.constellation.model.spec.ActorSpec;
import org.constellation.model.spec.CountrySpec;
import org.constellation.model.spec.DistrictSpec;
import org.constellation.model.spec.GroupSpec;
import org.constellation.model.spec.ModelSpec;
import org.constellation.model.spec.ShockSpec;

/**
 * The events a scenario schedules, in words, for marking time axes: its shocks, and the actors whose
 * deployment ends or whom a shock closes. A run's own closures (which the model records) are named
 * with {@link #closure}.
 */
public final class ScenarioEvents {

    /**
     * An event.
     *
     * @param step the step at whose start it happens
     * @param label what happens, e.g. "UN mission closes" or "drought in Delta"
     */
    public record Event(int step, String label) {
    }

    private ScenarioEvents() {
    }

    /** The label of an actor's closure. */
    public static String closure(String actor) {
        return actor + " closes";
    }

    /** The scenario's shocks other than closures, in step order (a run records its closures itself). */
    public static List<Event> shocks(ModelSpec model) {
        List<Event> out = new ArrayList<>();
        java.util.Set<String> drawdowns = new java.util.HashSet<>();
        for (ShockSpec s : model.shocks()) {
            boolean laterStepOfADrawdown = s instanceof ShockSpec.Drawdown d && !drawdowns.add(d.actor() + "@" + d.end());
            if (!(s instanceof ShockSpec.MissionClosure) && !laterStepOfADrawdown) {
                out.add(new Event(s.step(), label(s, model)));
            }
        }
        out.sort(Comparator.comparingInt(Event::step));
        return out;
    }

    /** Every event the scenario schedules: shocks, closures by shock, and deployments' ends, in step order. */
    public static List<Event> scheduled(ModelSpec model) {
        List<Event> out = new ArrayList<>(shocks(model));
        for (ShockSpec s : model.shocks()) {
            if (s instanceof ShockSpec.MissionClosure c) {
                out.add(new Event(c.step(), closure(actorName(model, c.actor()))));
            }
            if (s instanceof ShockSpec.Drawdown d && d.step() == d.end() - 1) {
                out.add(new Event(d.end(), closure(actorName(model, d.actor()))));
            }
        }
        for (ActorSpec a : model.actors()) {
            if (a.deployment().end() >= 0) {
                out.add(new Event(a.deployment().end(), closure(a.name())));
            }
        }
        out.sort(Comparator.comparingInt(Event::step));
        return out;
    }

    private static String label(ShockSpec shock, ModelSpec model) {
        if (shock instanceof ShockSpec.EpidemicOutbreak e) {
            return "epidemic in " + placeName(model, e.district());
        }
        if (shock instanceof ShockSpec.Drought d) {
            return "drought in " + placeName(model, d.area());
        }
        if (shock instanceof ShockSpec.Coup c) {
            return "coup in " + placeName(model, c.country());
        }
        if (shock instanceof ShockSpec.FundingCut f) {
            return (f.factor() < 1 ? "funding cut: " : "funding rise: ") + actorName(model, f.actor());
        }
        if (shock instanceof ShockSpec.MandateChange c) {
            return actorName(model, c.actor()) + "'s mandate changes";
        }
        if (shock instanceof ShockSpec.Drawdown d) {
            return actorName(model, d.actor()) + " announces its drawdown";
        }
        if (shock instanceof ShockSpec.Handover h) {
            return actorName(model, h.actor()) + " hands over to " + actorName(model, h.successor());
        }
        if (shock instanceof ShockSpec.GroupSurge g) {
            return model.groups().stream().filter(x -> x.id().equals(g.group())).map(GroupSpec::name).findFirst()
                    .orElse(g.group()) + " reinforced";
        }
        return shock.kind();
    }

    private static String actorName(ModelSpec model, String id) {
        return model.actors().stream().filter(a -> a.id().equals(id)).map(ActorSpec::name).findFirst().orElse(id);
    }

    private static String placeName(ModelSpec model, String id) {
        for (DistrictSpec d : model.region().districts()) {
            if (d.id().equals(id)) {
                return d.name();
            }
        }
        return model.region().countries().stream().filter(c -> c.id().equals(id)).map(CountrySpec::name)
                .findFirst().orElse(id);
    }
}
