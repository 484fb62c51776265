package org.constellation.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.District;

/**
 * The player's page as data: the session's state, and everything about the seat's own actor and
 * nothing about any other's (except what reached it: messages, known work, planning partners). Built
 * under the session's lock.
 */
final class SeatPage {

    private SeatPage() {
    }

    /** The page of one seat. */
    static Map<String, Object> of(ClassroomSession s, int actor) {
        Constellation m = s.run().model();
        Actor a = m.actors().get(actor);
        SeatBrief brief = s.book().brief(actor);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("session", session(s));
        page.put("seat", Picture.map("id", a.id(), "name", a.name(), "type", a.type().key(), "organisation",
                a.organisation(), "executive", a.isExecutive(), "replan_interval", a.replanInterval(),
                "deploys", a.deployment().start(), "closes", a.announcedEnd(m.step()) < 0 ? null
                        : a.announcedEnd(m.step()), "banks_unspent", a.banksUnspent()));
        page.put("month", month(s, brief, m));
        page.put("picture", brief.picture());
        page.put("received", brief.received());
        page.put("truth", s.revealed() ? brief.truth() : null);
        page.put("mandate", Picture.mandate(a, m));
        MonthChoice mine = s.book().submission(actor);
        page.put("submitted", mine == null ? null : ChoiceJson.encode(mine, m));
        page.put("last", last(s, actor, m));
        page.put("names", names(m));
        return page;
    }

    /** The session's state, as every page shows it. */
    static Map<String, Object> session(ClassroomSession s) {
        return Picture.map("scenario", s.config().scenario(), "title", s.scenario().title(), "seed", s.config().seed(),
                "step", s.run().steps(), "first_step", s.config().firstStep(), "end_step", s.config().endStep(),
                "status", s.status().name().toLowerCase(java.util.Locale.ROOT), "revealed", s.revealed(),
                "restarted", s.restarted(), "timer_seconds", s.timerSeconds(), "seconds_left", s.secondsLeft(),
                "version", s.version(), "sharing_rule", s.run().model().sharingRule().name(), "gap_threshold",
                s.run().model().parameters().get(Parameters.METRIC_GAP_THRESHOLD));
    }

    private static Map<String, Object> month(ClassroomSession s, SeatBrief brief, Constellation m) {
        List<Object> channels = new ArrayList<>();
        for (SeatBrief.ChannelOption c : brief.channels()) {
            Actor to = m.actors().get(c.channel().receiver());
            channels.add(Picture.map("to", to.id(), "type", to.type().key(), "kind", c.channel().kind().key(),
                    "automated", c.automated()));
        }
        List<Object> memberships = new ArrayList<>();
        for (SeatBrief.MembershipOption o : brief.memberships()) {
            memberships.add(Picture.map("mechanism", o.mechanism(), "automated", o.automated(), "eligible",
                    o.eligible(), "member", o.member()));
        }
        List<Object> workable = new ArrayList<>();
        brief.workable().forEach(d -> workable.add(m.region().district(d).id()));
        return Picture.map("active", brief.active(), "replans", brief.replans(), "capacity", brief.capacity(),
                "coordination", brief.coordination(), "banked", brief.banked(), "budget", brief.budget(),
                "workable", workable,
                "proposal", Picture.entries(brief.proposal(), m), "channels", channels, "memberships", memberships);
    }

    /** Last month's results for the seat: what it did, whether the model decided for it, and what coordination cost. */
    private static Map<String, Object> last(ClassroomSession s, int actor, Constellation m) {
        List<MonthFacts> facts = s.run().facts();
        if (facts.isEmpty()) {
            return null;
        }
        MonthFacts f = facts.get(facts.size() - 1);
        List<Object> work = new ArrayList<>();
        double done = 0;
        for (Ledger.Entry e : f.work()) {
            if (e.actor() == actor) {
                work.add(Picture.map("district", m.region().district(e.district()).id(), "activity",
                        ActivityCatalogue.key(m.catalogue().get(e.activity())), "effort", Picture.round(e.effort())));
                done += e.effort();
            }
        }
        MonthRecord record = s.book().months().isEmpty() ? null : s.book().months().get(s.book().months().size() - 1);
        boolean played = record != null && record.step() == f.step();
        MonthChoice choice = played ? record.submitted().get(actor) : null;
        return Picture.map("step", f.step(), "played", played, "submitted", choice != null, "fell_back",
                played && record.fallback().contains(actor),
                "planned", choice == null ? null : Picture.round(choice.effort()), "done", Picture.round(done),
                "scaled", choice != null && choice.plan() != null && done < choice.effort() - 1e-6,
                "coordination", Picture.round(f.coordination()[actor]), "work", work);
    }

    /** Display names of actors, districts, challenges and activities, by id. */
    static Map<String, Object> names(Constellation m) {
        Map<String, Object> actors = new LinkedHashMap<>();
        m.actors().forEach(a -> actors.put(a.id(), a.name()));
        Map<String, Object> districts = new LinkedHashMap<>();
        for (District d : m.region().districts()) {
            districts.put(d.id(), d.name());
        }
        Map<String, Object> challenges = new LinkedHashMap<>();
        org.constellation.model.Challenge.all().forEach(c -> challenges.put(c.key(), c.label()));
        Map<String, Object> activities = new LinkedHashMap<>();
        m.catalogue().all().forEach(t -> activities.put(ActivityCatalogue.key(t), t.label()));
        return Picture.map("actors", actors, "districts", districts, "challenges", challenges, "activities",
                activities);
    }
}
