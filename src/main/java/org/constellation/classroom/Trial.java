package org.constellation.classroom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.constellation.model.Constellation;
import org.constellation.model.ExternalDecisions;
import org.constellation.model.InfoKind;
import org.constellation.model.Message;
import org.constellation.model.agents.Actor;
import org.constellation.model.plan.Plan;
import org.constellation.model.world.District;

/**
 * A trial of the next month on a copy of the class's model, every seat left to the model but for
 * the memberships the seats chose earlier: it notes, for each seat, what the model asked and what it
 * would have answered (the sharing rule's channels, the mechanisms' memberships, whether and with
 * what budget it plans), the seat's picture just before planning and the messages that reached it.
 * The planner's own plan is read from the copy's plan board afterwards. Since the copy is the model
 * as it is, the trial is the month the class gets if every seat accepts what it proposes.
 */
final class Trial implements ExternalDecisions {

    private static final long serialVersionUID = 1L;

    /** What is noted for one seat. */
    private static final class Notes {
        private boolean replans;
        private boolean active;
        private double capacity;
        private double coordination;
        private double banked;
        private final Map<Channel, Boolean> channels = new LinkedHashMap<>();
        private final Map<String, boolean[]> memberships = new LinkedHashMap<>();
        private final TreeSet<Integer> workable = new TreeSet<>();
        private Map<String, Object> picture = Map.of();
        private Map<String, Object> truth = Map.of();
        private final List<Map<String, Object>> received = new ArrayList<>();
    }

    private final transient Map<Integer, Notes> notes = new TreeMap<>();
    private final transient SeatDecisions standing;

    private Trial(Collection<Integer> seats, SeatDecisions standing) {
        seats.forEach(s -> notes.put(s, new Notes()));
        this.standing = standing;
    }

    /**
     * Runs the next month on a copy of the run and returns what each seat sees and may decide, by actor index.
     *
     * @param standing the seats' standing membership choices, which hold in the trial as in the month itself
     */
    static Map<Integer, SeatBrief> of(ClassRun run, Collection<Integer> seats, SeatDecisions standing) {
        Constellation copy = run.copy();
        Trial trial = new Trial(seats, standing);
        copy.decideWith(trial);
        copy.schedule.step(copy);
        Map<Integer, SeatBrief> out = new TreeMap<>();
        trial.notes.forEach((actor, n) -> {
            Plan posted = copy.planBoard().plan(actor);
            out.put(actor, new SeatBrief(actor, n.active, n.replans, n.capacity, n.coordination, n.banked,
                    posted == null ? List.of() : posted.entries(), channels(n), memberships(n), n.workable, n.picture,
                    n.truth, List.copyOf(n.received)));
        });
        return out;
    }

    private static List<SeatBrief.ChannelOption> channels(Notes n) {
        List<SeatBrief.ChannelOption> out = new ArrayList<>();
        n.channels.forEach((c, automated) -> out.add(new SeatBrief.ChannelOption(c, automated)));
        out.sort((a, b) -> a.channel().compareTo(b.channel()));
        return List.copyOf(out);
    }

    private static List<SeatBrief.MembershipOption> memberships(Notes n) {
        List<SeatBrief.MembershipOption> out = new ArrayList<>();
        n.memberships.forEach((name, v) -> out.add(new SeatBrief.MembershipOption(name, v[0], v[1], v[2])));
        return List.copyOf(out);
    }

    @Override
    public Plan plan(Actor actor, Constellation model, double budget) {
        Notes n = notes.get(actor.index());
        if (n != null) {
            n.replans = true;
        }
        return null;
    }

    @Override
    public boolean shares(Actor from, Actor to, InfoKind kind, boolean automated) {
        Notes n = notes.get(from.index());
        if (n != null) {
            n.channels.putIfAbsent(new Channel(to.index(), kind), automated);
        }
        return automated;
    }

    @Override
    public boolean takesPart(String mechanism, Actor actor, boolean automated, boolean eligible) {
        boolean decided = standing.takesPart(mechanism, actor, automated, eligible);
        Notes n = notes.get(actor.index());
        if (n != null && (eligible || automated)) {
            boolean[] v = n.memberships.computeIfAbsent(mechanism, k -> new boolean[] {automated, eligible, decided});
            v[1] |= eligible;
        }
        return decided;
    }

    @Override
    public void beforePlanning(Constellation model) {
        notes.forEach((index, n) -> {
            Actor a = model.actors().get(index);
            n.active = a.isActive();
            n.capacity = a.capacity(model);
            n.coordination = model.accounts().coordination(index);
            n.banked = a.bank();
            for (District d : a.presence()) {
                if (a.isActive() && a.canAccess(d, model)) {
                    n.workable.add(d.index());
                }
            }
            n.picture = Picture.of(a, model);
            n.truth = Picture.truth(a, model);
        });
    }

    @Override
    public void delivered(Message message, Constellation model) {
        Notes n = notes.get(message.receiver());
        if (n != null) {
            n.received.add(Picture.message(message, model));
        }
    }
}
