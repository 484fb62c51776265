package org.constellation.classroom;

import java.util.Map;
import java.util.TreeMap;
import org.constellation.model.Constellation;
import org.constellation.model.ExternalDecisions;
import org.constellation.model.InfoKind;
import org.constellation.model.agents.Actor;
import org.constellation.model.plan.Plan;

/**
 * The seats' decisions for one month, as the model consults them: the plan, sharing and membership of
 * every seat that submitted; for a seat that did not, the model's own plan and sharing draws; standing
 * membership choices for every seat. Plain data, so that a model holding it can be checkpointed.
 */
final class SeatDecisions implements ExternalDecisions {

    private static final long serialVersionUID = 1L;

    private final TreeMap<Integer, MonthChoice> submitted;
    private final TreeMap<Integer, TreeMap<String, Boolean>> memberships;

    /**
     * @param submitted this month's choices by actor index, for the seats that submitted
     * @param memberships standing membership choices by actor index and mechanism
     */
    SeatDecisions(Map<Integer, MonthChoice> submitted, Map<Integer, ? extends Map<String, Boolean>> memberships) {
        this.submitted = new TreeMap<>(submitted);
        this.memberships = new TreeMap<>();
        memberships.forEach((actor, choices) -> this.memberships.put(actor, new TreeMap<>(choices)));
    }

    @Override
    public Plan plan(Actor actor, Constellation model, double budget) {
        MonthChoice choice = submitted.get(actor.index());
        return choice == null || choice.plan() == null ? null : new Plan(actor.index(), model.step(), choice.plan());
    }

    @Override
    public boolean shares(Actor from, Actor to, InfoKind kind, boolean automated) {
        MonthChoice choice = submitted.get(from.index());
        return choice == null ? automated : choice.shares().contains(new Channel(to.index(), kind));
    }

    @Override
    public boolean takesPart(String mechanism, Actor actor, boolean automated, boolean eligible) {
        Map<String, Boolean> choices = memberships.get(actor.index());
        Boolean choice = choices == null ? null : choices.get(mechanism);
        return choice == null ? automated : choice && eligible;
    }
}
