package org.constellation.classroom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.constellation.metrics.Coverage;
import org.constellation.metrics.Metric;
import org.constellation.metrics.MetricInfo;
import org.constellation.metrics.RedundantEffort;
import org.constellation.model.Constellation;
import org.constellation.scenario.Scenario;

/** The teacher's page as data: the session, each seat's state and link, the chart's series. Built under the lock. */
final class TeacherPage {

    private TeacherPage() {
    }

    /**
     * The teacher's page.
     *
     * @param online open pages per seat (actor index), as the server counts them
     */
    static Map<String, Object> of(ClassroomSession s, Map<Integer, Integer> online) {
        Constellation m = s.run().model();
        List<Object> seats = new ArrayList<>();
        for (SessionConfig.Seat seat : s.config().seats()) {
            int actor = m.actor(seat.actor()).index();
            SeatBrief brief = s.book().brief(actor);
            String state = s.status() == ClassroomSession.Status.FINISHED ? "finished"
                    : brief.idle() ? "idle" : s.book().submission(actor) != null ? "submitted" : "waiting";
            MonthRecord last = s.book().months().isEmpty() ? null : s.book().months().get(s.book().months().size() - 1);
            seats.add(Picture.map("id", seat.actor(), "name", m.actors().get(actor).name(), "link", "/play/"
                    + seat.token(), "state", state, "online", online.getOrDefault(actor, 0), "fell_back_last",
                    last != null && last.fallback().contains(actor)));
        }
        return Picture.map("session", SeatPage.session(s), "seats", seats, "look_at", s.scenario().lookAt(),
                "chart", chart(s), "debrief", "/debrief/" + s.config().teacherToken());
    }

    private static List<Object> chart(ClassroomSession s) {
        List<Object> out = new ArrayList<>();
        List<Metric> metrics = s.run().metrics();
        for (Metric metric : chartMetrics(s.scenario(), metrics)) {
            int column = metrics.indexOf(metric);
            List<Object> values = new ArrayList<>();
            for (int step = 0; step < s.run().steps(); step++) {
                values.add(s.run().row(step)[column]);
            }
            Map<String, Object> chart = describe(metric);
            chart.put("values", values);
            out.add(chart);
        }
        return out;
    }

    /**
     * A metric as the pages show it, from the metrics registry: its name (the column header), label, unit,
     * range (lower and upper bounds, null where unbounded), group and what it measures.
     */
    static Map<String, Object> describe(Metric metric) {
        MetricInfo info = metric.info();
        return Picture.map("name", metric.name(), "label", info.label(), "unit", info.unit(), "scale", info.scale(),
                "lower", Double.isFinite(info.lower()) ? info.lower() : null, "upper", Double.isFinite(info.upper())
                        ? info.upper() : null, "group", info.group(), "description", metric.description());
    }

    /**
     * The metrics the teacher watches: duplication as redundant effort (effort a second actor adds to a need
     * cell beyond what saturates it; not activity overlap, which moves with how finely the catalogue is cut
     * and counts two actors that together stay below saturation) and coverage of need (weighted by need,
     * within reach), then every metric the scenario's {@code look_at} notes name, in the order they name them
     * (names read from the metrics registry).
     */
    static List<Metric> chartMetrics(Scenario scenario, List<Metric> metrics) {
        Set<Metric> picked = new LinkedHashSet<>();
        for (Metric metric : metrics) {
            if (metric.name().equals(RedundantEffort.NAME) || metric.name().equals(Coverage.BY_NEED)) {
                picked.add(metric);
            }
        }
        for (String note : scenario.lookAt()) {
            List<int[]> found = new ArrayList<>();
            for (int k = 0; k < metrics.size(); k++) {
                var matcher = Pattern.compile("\\b" + Pattern.quote(metrics.get(k).name()) + "\\b").matcher(note);
                if (matcher.find()) {
                    found.add(new int[] {matcher.start(), k});
                }
            }
            found.sort((a, b) -> Integer.compare(a[0], b[0]));
            found.forEach(f -> picked.add(metrics.get(f[1])));
        }
        return List.copyOf(picked);
    }
}
