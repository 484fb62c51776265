package org.constellation.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.constellation.metrics.Metric;
import org.constellation.model.Constellation;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.model.world.NeedField;

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
            seats.add(seat(s, actor, findings, played, automated));
        }
        return Picture.map("session", SeatPage.session(s), "played", s.book().months().size(), "first_step", first,
                "metrics", metrics(s, cls, base, first, last), "seats", seats,
                "overlaps", findings.overlapSection(played, automated),
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
            out.add(Picture.map("name", metrics.get(k).name(), "description", metrics.get(k).description(),
                    "watched", watched.contains(metrics.get(k)), "class_mean", classSum / n, "baseline_mean",
                    baseSum / n, "class", classValues, "baseline", baseValues));
        }
        return out;
    }

    private static Map<String, Object> seat(ClassroomSession s, int actor, Findings findings, List<MonthFacts> played,
            List<MonthFacts> automated) {
        Constellation m = s.run().model();
        Set<Integer> districts = new TreeSet<>();
        m.actors().get(actor).presence().forEach(d -> districts.add(d.index()));
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
                "class", totals(findings, played, actor, districts), "baseline", totals(findings, automated, actor,
                        districts));
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
     * A seat's totals over some months: its effort, its effort where another actor did the same activity in
     * the same district, its staff time on coordination, and the needy cells of its districts (cell-months)
     * and how many of them nobody worked on.
     */
    private static Map<String, Object> totals(Findings findings, List<MonthFacts> months, int actor,
            Set<Integer> districts) {
        double effort = 0;
        double overlapping = 0;
        double coordination = 0;
        int left = 0;
        int needy = 0;
        for (MonthFacts f : months) {
            for (Map<Integer, Double> actors : findings.byCell(f).values()) {
                Double mine = actors.get(actor);
                if (mine != null) {
                    effort += mine;
                    overlapping += actors.size() > 1 ? mine : 0;
                }
            }
            coordination += f.coordination()[actor];
            for (MonthFacts.NeedyCell c : f.needy()) {
                if (districts.contains(NeedField.districtOf(c.cell()))) {
                    needy++;
                    left += c.covered() ? 0 : 1;
                }
            }
        }
        return Picture.map("effort", Picture.round(effort), "overlapping_effort", Picture.round(overlapping),
                "coordination", Picture.round(coordination), "needy_cells", needy, "needy_cells_left", left);
    }
}
