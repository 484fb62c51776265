package org.constellation.classroom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The months of a session: the one open (what each seat sees and may decide, what each has submitted)
 * and those resolved; and the seats' standing memberships. Resolving a month runs it on the class's model
 * with the seats' decisions and opens the next one. Not thread-safe: the session calls it under its lock.
 */
final class MonthBook {

    private final ClassRun run;
    private final Seats seats;
    private final int endStep;
    private final Map<Integer, MonthChoice> submitted = new TreeMap<>();
    private final Map<Integer, TreeMap<String, Boolean>> memberships = new TreeMap<>();
    private final List<MonthRecord> months = new ArrayList<>();
    private Map<Integer, SeatBrief> briefs;

    /** Opens the run's next month. */
    MonthBook(ClassRun run, Seats seats, int endStep) {
        this.run = run;
        this.seats = seats;
        this.endStep = endStep;
        open();
    }

    private void open() {
        briefs = Trial.of(run, seats.indices(), new SeatDecisions(Map.of(), memberships));
    }

    /** Takes a seat's (checked) choice for the month open, replacing an earlier one. */
    void submit(int actor, MonthChoice choice) {
        submitted.put(actor, choice);
    }

    /** True when every seat with something to decide has submitted. */
    boolean complete() {
        return seats.indices().stream().allMatch(s -> submitted.containsKey(s) || briefs.get(s).idle());
    }

    /** The seats that have something to decide and have not submitted. */
    Set<Integer> fallback() {
        Set<Integer> out = new TreeSet<>();
        seats.indices().stream().filter(a -> !submitted.containsKey(a) && !briefs.get(a).idle()).forEach(out::add);
        return out;
    }

    /**
     * Runs the month open with what the seats submitted (the model's own choices for the others), records it,
     * and opens the next month unless the session's last month has been played.
     *
     * @return true if that was the last month
     */
    boolean resolve(String reason) {
        int step = run.steps();
        submitted.forEach((actor, choice) -> memberships.computeIfAbsent(actor, k -> new TreeMap<>())
                .putAll(choice.memberships()));
        Map<Integer, MonthChoice> proposals = new TreeMap<>();
        briefs.forEach((actor, brief) -> proposals.put(actor, brief.staffChoice()));
        Set<Integer> fallback = fallback();
        run.advance(new SeatDecisions(submitted, memberships));
        months.add(new MonthRecord(step, reason, proposals, new TreeMap<>(submitted), fallback));
        submitted.clear();
        if (run.steps() >= endStep) {
            return true;
        }
        open();
        return false;
    }

    /** Drops what was submitted for the month open (the session has ended). */
    void close() {
        submitted.clear();
    }

    SeatBrief brief(int actor) {
        return briefs.get(actor);
    }

    MonthChoice submission(int actor) {
        return submitted.get(actor);
    }

    /** A seat's standing membership choices, by mechanism. */
    Map<String, Boolean> memberships(int actor) {
        return Collections.unmodifiableMap(memberships.getOrDefault(actor, new TreeMap<>()));
    }

    /** The resolved months, in order. */
    List<MonthRecord> months() {
        return Collections.unmodifiableList(months);
    }
}
