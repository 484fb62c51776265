package org.constellation.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Message;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.agents.Actor;
import org.constellation.model.belief.Beliefs;
import org.constellation.model.params.Parameters;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * What one actor knows, as the player's page shows it: read from the model at the moment the actor
 * would plan, and only from that actor's own state (its beliefs, what it knows of others' work, the
 * planning groups it is in, the messages that reached it). Trees of maps and lists, ready for JSON.
 */
final class Picture {

    private Picture() {
    }

    /** The actor's beliefs in its districts, others' work it knows of, and its planning groups this month. */
    static Map<String, Object> of(Actor a, Constellation m) {
        int t = m.step();
        Beliefs b = a.beliefs();
        List<Object> districts = new ArrayList<>();
        for (District d : a.presence()) {
            List<Object> needs = new ArrayList<>();
            for (Challenge c : Challenge.all()) {
                int cell = NeedField.cell(d.index(), c);
                Integer updated = b.lastUpdate(cell) == Integer.MIN_VALUE ? null : b.lastUpdate(cell);
                needs.add(map("challenge", c.key(), "belief", round(b.need(cell)), "sd",
                        round(Math.sqrt(b.variance(cell, t))), "updated", updated));
            }
            Object threat = b.knowsThreat(d.index()) ? map("strength", round(b.threat(d.index())),
                    "sd", round(Math.sqrt(b.threatVariance(d.index(), t)))) : null;
            districts.add(map("id", d.id(), "name", d.name(), "country", d.country().name(),
                    "workable", a.isActive() && a.canAccess(d, m), "needs", needs, "threat", threat));
        }
        Map<Integer, Double> known = new TreeMap<>();
        a.known().accumulate((key, effort) -> known.merge(key, effort, Double::sum), a.index(), t,
                m.parameters().getInt(Parameters.PLAN_MEMORY));
        int types = m.catalogue().size();
        List<Object> work = new ArrayList<>();
        known.forEach((key, effort) -> work.add(map("district", m.region().district(key / types).id(),
                "activity", ActivityCatalogue.key(m.catalogue().get(key % types)), "effort", round(effort))));
        List<Object> groups = new ArrayList<>();
        List<int[]> formed = m.planBoard().groups();
        for (int g = 0; g < formed.size(); g++) {
            if (java.util.Arrays.binarySearch(formed.get(g), a.index()) >= 0) {
                List<String> with = new ArrayList<>();
                for (int member : formed.get(g)) {
                    if (member != a.index()) {
                        with.add(m.actors().get(member).id());
                    }
                }
                groups.add(map("mechanism", m.planBoard().groupMechanisms().get(g), "with", with));
            }
        }
        return map("districts", districts, "known", work, "groups", groups);
    }

    /** The true needs of the actor's districts (shown only when the teacher reveals them). */
    static Map<String, Object> truth(Actor a, Constellation m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (District d : a.presence()) {
            Map<String, Object> needs = new LinkedHashMap<>();
            for (Challenge c : Challenge.all()) {
                needs.put(c.key(), round(m.needs().need(d.index(), c)));
            }
            out.put(d.id(), needs);
        }
        return out;
    }

    /** A message that reached the actor: from whom, what kind, when it was sent, and what it said. */
    static Map<String, Object> message(Message message, Constellation m) {
        List<Object> about = new ArrayList<>();
        Message.Payload payload = message.payload();
        if (payload instanceof Message.NeedsReport r) {
            for (int k = 0; k < r.cells().length; k++) {
                about.add(map("district", m.region().district(NeedField.districtOf(r.cells()[k])).id(),
                        "challenge", NeedField.challengeOf(r.cells()[k]).key(), "need", round(r.estimates()[k])));
            }
        } else if (payload instanceof Message.PlanReport r) {
            about.addAll(entries(r.plan().entries(), m));
        } else if (payload instanceof Message.ThreatReport r) {
            for (int k = 0; k < r.districts().length; k++) {
                about.add(map("district", m.region().district(r.districts()[k]).id(), "strength",
                        round(r.strengths()[k])));
            }
        }
        return map("from", m.actors().get(message.sender()).id(), "kind", message.kind().key(),
                "sent", message.sentAt(), "about", about);
    }

    /** Plan entries as district, activity and effort. */
    static List<Object> entries(List<PlannedActivity> entries, Constellation m) {
        List<Object> out = new ArrayList<>();
        for (PlannedActivity e : entries) {
            out.add(map("district", m.region().district(e.district()).id(),
                    "activity", ActivityCatalogue.key(m.catalogue().get(e.activity())), "effort", e.effort()));
        }
        return out;
    }

    /** The actor's mandate: the activities it may plan. */
    static List<Object> mandate(Actor a, Constellation m) {
        List<Object> out = new ArrayList<>();
        for (int k : a.mandate().allowed()) {
            ActivityType t = m.catalogue().get(k);
            out.add(map("id", ActivityCatalogue.key(t), "label", t.label(), "challenge", t.challenge().key(),
                    "mode", t.mode().key(),
                    "institution", t.institution() == null ? null : t.institution().key(), "executive", t.executive()));
        }
        return out;
    }

    /** An ordered map from alternating keys and values. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** A number for display: three decimals. */
    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
