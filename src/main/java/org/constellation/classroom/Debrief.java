package org.constellation.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.constellation.metrics.CellBreakdown;
import org.constellation.metrics.Metric;
import org.constellation.model.Constellation;
import org.constellation.model.plan.PlannedActivity;

/**
 * The debrief as data: the class's run against the automated baseline (same scenario, same seed, no
 * seats) over the months the class played, per metric and per seat, and the {@link Findings} that
 * made the difference. Built under the session's lock, once the baseline has run.
 */
final class Debrief {

    private Debrief() {
    }

    /** The debrief of a session. */
    static Map<String, Object> of(ClassroomSession s) {
        ClassRun cls = s.run();
        ClassRun base = s.baseline().get();
        Constellation m = cls.model();
        int first = s.config().firstStep();
        int last = first + s.book().months().size();
        List<MonthFacts> played = cls.facts().subList(first, last);
        List<MonthFacts> automated = base.facts().subList(first, last);
        Set<Integer> seatSet = new TreeSet<>(s.seats().indices());
        Findings findings = new Findings(m, seatSet);
        List<Object> seats = new ArrayList<>();
        for (int actor : s.seats().indices()) {
            seats.add(seat(s, actor, played, automated));
        }
        return Picture.map("session", SeatPage.session(s), "played", s.book().months().size(), "first_step", first,
                "metrics", metrics(s, cls, base, first, last), "seats", seats,
                "pairs", findings.pairSection(played, automated),
                "gaps", findings.gapSection(played, automated), "names", SeatPage.names(m),
                "look_at", s.scenario().lookAt());
    }

    private static List<Object> metrics(ClassroomSession s, ClassRun cls, ClassRun base, int first, int last) {
        List<Object> out = new ArrayList<>();
        List<Metric> metrics = cls.metrics();
        List<Metric> watched = TeacherPage.chartMetrics(s.scenario(), metrics);
        for (int k = 0; k < metrics.size(); k++) {
            List<Object> classValues = new ArrayList<>();
            List<Object> baseValues = new ArrayList<>();
            double classSum = 0;
            double baseSum = 0;
            for (int step = first; step < last; step++) {
                double c = cls.row(step)[k];
                double b = base.row(step)[k];
                classValues.add(c);
                baseValues.add(b);
                classSum += c;
                baseSum += b;
            }
            int n = Math.max(1, last - first);
            Map<String, Object> row = TeacherPage.describe(metrics.get(k));
            row.putAll(Picture.map("watched", watched.contains(metrics.get(k)), "class_mean", classSum / n,
                    "baseline_mean", baseSum / n, "class", classValues, "baseline", baseValues));
            out.add(row);
        }
        return out;
    }

    private static Map<String, Object> seat(ClassroomSession s, int actor, List<MonthFacts> played,
            List<MonthFacts> automated) {
        Constellation m = s.run().model();
        int submitted = 0;
        int fellBack = 0;
        double moved = 0;
        int opened = 0;
        int withheld = 0;
        List<Object> membership = new ArrayList<>();
        for (MonthRecord r : s.book().months()) {
            MonthChoice mine = r.submitted().get(actor);
            MonthChoice staff = r.proposals().get(actor);
            fellBack += r.fallback().contains(actor) ? 1 : 0;
            if (mine == null) {
                continue;
            }
            submitted++;
            moved += moved(mine.plan(), staff.plan());
            opened += (int) mine.shares().stream().filter(c -> !staff.shares().contains(c)).count();
            withheld += (int) staff.shares().stream().filter(c -> !mine.shares().contains(c)).count();
            for (Map.Entry<String, Boolean> e : mine.memberships().entrySet()) {
                if (!e.getValue().equals(staff.memberships().getOrDefault(e.getKey(), e.getValue()))) {
                    membership.add(Picture.map("mechanism", e.getKey(), "joined", e.getValue(), "step", r.step()));
                }
            }
        }
        return Picture.map("id", m.actors().get(actor).id(), "name", m.actors().get(actor).name(),
                "submitted", submitted, "fell_back", fellBack, "moved_from_proposal", Picture.round(moved),
                "shared_beyond_proposal", opened, "withheld_from_proposal", withheld, "membership_changes", membership,
                "class", totals(played, actor), "baseline", totals(automated, actor));
    }

    /** Effort a plan put elsewhere than the other: half the sum of absolute differences per district and activity. */
    private static double moved(List<PlannedActivity> a, List<PlannedActivity> b) {
        if (a == null || b == null) {
            return 0;
        }
        Map<Long, Double> diff = new java.util.TreeMap<>();
        a.forEach(p -> diff.merge(((long) p.district() << 32) | p.activity(), p.effort(), Double::sum));
        b.forEach(p -> diff.merge(((long) p.district() << 32) | p.activity(), -p.effort(), Double::sum));
        return diff.values().stream().mapToDouble(Math::abs).sum() / 2;
    }

    /**
     * A seat's totals over some months, with the metrics' definitions: its need-addressing effort; the part of
     * it that was redundant (beyond what saturated a cell where another actor was the largest contributor)
     * and complementary (within it); the coverage of the cells in need it put within reach (weighted by
     * reference need, as coverage_by_need) and how many of those cell-months were left with nothing; and its
     * staff time on coordination.
     */
    private static Map<String, Object> totals(List<MonthFacts> months, int actor) {
        double effort = 0;
        double redundant = 0;
        double complementary = 0;
        double coordination = 0;
        double weight = 0;
        double covered = 0;
        int cellMonths = 0;
        int left = 0;
        for (MonthFacts f : months) {
            effort += f.effort()[actor];
            for (CellBreakdown.Shared s : f.shared()) {
                redundant += s.redundantBy(actor);
                complementary += s.complementaryBy(actor);
            }
            coordination += f.coordination()[actor];
            for (MonthFacts.NeedyCell c : f.needy()) {
                if (c.reachers().contains(actor)) {
                    weight += c.weight();
                    covered += c.weight() * c.share();
                    cellMonths++;
                    left += c.left() ? 1 : 0;
                }
            }
        }
        return Picture.map("effort", Picture.round(effort), "redundant", Picture.round(redundant),
                "complementary", Picture.round(complementary), "coverage", weight > 0 ? Picture.round(covered / weight)
                        : null, "cell_months", cellMonths, "cells_left", left, "coordination",
                Picture.round(coordination));
    }
}
