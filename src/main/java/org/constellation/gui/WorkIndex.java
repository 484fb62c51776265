package org.constellation.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;

/** This step's 3W ledger indexed by actor and district, for the actor markers and their inspectors. */
final class WorkIndex {

    private final int districts;
    private final double[] effort;
    private final double[] total;
    private final Map<Integer, Map<String, Double>> activities = new LinkedHashMap<>();

    private WorkIndex(int actors, int districts) {
        this.districts = districts;
        effort = new double[actors * districts];
        total = new double[actors];
    }

    /** Indexes the current step of a started model. */
    static WorkIndex of(Constellation m) {
        WorkIndex w = new WorkIndex(m.actors().size(), m.region().size());
        for (Ledger.Entry e : m.ledger().current()) {
            int key = e.actor() * w.districts + e.district();
            w.effort[key] += e.effort();
            w.total[e.actor()] += e.effort();
            w.activities.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .merge(m.catalogue().get(e.activity()).label(), e.effort(), Double::sum);
        }
        return w;
    }

    /** An empty index, before the first step. */
    static WorkIndex empty(int actors, int districts) {
        return new WorkIndex(actors, districts);
    }

    double effort(int actor, int district) {
        return effort[actor * districts + district];
    }

    double total(int actor) {
        return total[actor];
    }

    List<String> activities(int actor, int district) {
        List<String> out = new ArrayList<>();
        activities.getOrDefault(actor * districts + district, Map.of())
                .forEach((label, e) -> out.add(label + String.format(java.util.Locale.ROOT, " (%.2f)", e)));
        return out;
    }
}
