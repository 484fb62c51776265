package org.constellation.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.model.spec.ScheduleEntry;

/**
 * Maps the {@code schedules:} section (actor id to a list of changes of presence and capacity, each
 * at a {@code step} or a {@code date}) and the {@code start_date} that dates refer to. Checks that each
 * schedule names an actor of the {@code actors:} section, that each change sets something, and that
 * changes come in increasing step order.
 */
final class ScheduleMapper {

    /** A month: YYYY-MM. */
    static final String MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";
    private static final Pattern MONTH_PATTERN = Pattern.compile("([0-9]{4})-([0-9]{2})");

    private final TreeReader r;
    private final ScenarioMapper.References refs;

    ScheduleMapper(TreeReader r, ScenarioMapper.References refs) {
        this.r = r;
        this.refs = refs;
    }

    /** The schedules by actor id, in file order. */
    Map<String, List<ScheduleEntry>> map(Map<String, Object> root, Iterable<String> actorIds) {
        Map<String, List<ScheduleEntry>> out = new LinkedHashMap<>();
        Map<String, Object> section = r.map(root, "schedules", "");
        if (section.isEmpty()) {
            return out;
        }
        Integer start = startMonth(r.string(root, "start_date", "", ""));
        List<String> known = new ArrayList<>();
        actorIds.forEach(known::add);
        for (Map.Entry<String, Object> e : section.entrySet()) {
            String p = "schedules." + e.getKey();
            if (!known.contains(e.getKey())) {
                r.error(p, refs.actor(e.getKey()) ? "a host government's presence and effort cannot be scheduled"
                        : "unknown actor '" + e.getKey() + "'; a schedule names an actor of the actors: section");
                continue;
            }
            out.put(e.getKey(), entries(r.list(section, e.getKey(), "schedules"), p, start));
        }
        return out;
    }

    private List<ScheduleEntry> entries(List<Object> items, String path, Integer start) {
        List<ScheduleEntry> out = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                continue;
            }
            String p = path + "[" + i + "]";
            Map<String, Object> m = r.asMap(items.get(i), p);
            int step = step(m, p, start);
            if (step < 0) {
                continue;
            }
            if (step <= last) {
                r.error(p, "changes must come in increasing step order (step " + step + " after step " + last + ")");
            }
            last = Math.max(last, step);
            List<String> presence = m.containsKey("presence") ? r.strings(m, "presence", p) : null;
            if (presence != null) {
                for (int k = 0; k < presence.size(); k++) {
                    if (!refs.district(presence.get(k))) {
                        r.error(p + ".presence[" + k + "]", "unknown district '" + presence.get(k) + "'");
                    }
                }
            }
            double capacity = m.containsKey("capacity") ? r.number(m, "capacity", p, Double.NaN, 0, 1e6) : Double.NaN;
            if (presence == null && !m.containsKey("capacity")) {
                r.error(p, "a change sets presence, capacity or both");
            }
            out.add(new ScheduleEntry(step, presence, capacity));
        }
        return out;
    }

    private int step(Map<String, Object> m, String p, Integer start) {
        boolean byStep = m.containsKey("step");
        boolean byDate = m.containsKey("date");
        if (byStep == byDate) {
            r.error(p, "give either 'step' or 'date' (YYYY-MM)");
            return -1;
        }
        if (byStep) {
            return r.integer(m, "step", p, -1, 0, 1_000_000);
        }
        if (start == null) {
            r.error(p + ".date", "a date needs the scenario's start_date (the month of step 0, YYYY-MM)");
            return -1;
        }
        Integer month = startMonth(r.string(m, "date", p, ""));
        if (month == null) {
            return -1;
        }
        if (month < start) {
            r.error(p + ".date", "the date is before the scenario's start_date");
            return -1;
        }
        return month - start;
    }

    /** Months since year 0 of a YYYY-MM text, or null if it is not one (the schema reports it). */
    static Integer startMonth(String text) {
        Matcher matcher = MONTH_PATTERN.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        return Integer.parseInt(matcher.group(1)) * 12 + Integer.parseInt(matcher.group(2)) - 1;
    }
}
