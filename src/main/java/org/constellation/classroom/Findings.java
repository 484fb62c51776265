package org.constellation.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.world.NeedField;

/**
 * The debrief's findings over the months the class played, from the 3W ledger and the needs of the
 * class's run and of the automated baseline: <b>overlaps</b> (two actors, one of them a seat, doing
 * the same activity in the same district in the same month: who duplicated whom) and <b>gaps</b> (a
 * district-challenge cell whose true need was above the gap threshold and on which nobody worked:
 * whether nobody believed it needy, or who did and left it).
 */
final class Findings {

    /** Most overlaps or gaps listed in each section. */
    static final int LIMIT = 15;

    private final Constellation m;
    private final Set<Integer> seats;

    Findings(Constellation m, Set<Integer> seats) {
        this.m = m;
        this.seats = seats;
    }

    /** Effort by district-activity key (district x types + activity) and actor, for the work that addresses needs. */
    Map<Integer, Map<Integer, Double>> byCell(MonthFacts f) {
        Map<Integer, Map<Integer, Double>> out = new TreeMap<>();
        int types = m.catalogue().size();
        for (Ledger.Entry e : f.work()) {
            if (MonthFacts.addressesNeed(m, e)) {
                out.computeIfAbsent(e.district() * types + e.activity(), k -> new TreeMap<>()).merge(e.actor(),
                        e.effort(), Double::sum);
            }
        }
        return out;
    }

    /** The overlaps of one run that involve a seat, by pair and place, with the months they happened. */
    Map<List<Integer>, Overlap> overlaps(List<MonthFacts> months) {
        Map<List<Integer>, Overlap> out = new TreeMap<>(Comparator.comparing(Object::toString));
        for (MonthFacts f : months) {
            byCell(f).forEach((key, actors) -> {
                List<Integer> ids = new ArrayList<>(actors.keySet());
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        int a = ids.get(i);
                        int b = ids.get(j);
                        if (seats.contains(a) || seats.contains(b)) {
                            Overlap o = out.computeIfAbsent(List.of(a, b, key), k -> new Overlap());
                            o.months.add(f.step());
                            o.effortA += actors.get(a);
                            o.effortB += actors.get(b);
                        }
                    }
                }
            });
        }
        return out;
    }

    /** Effort on one pair and place over the months. */
    static final class Overlap {
        private final Set<Integer> months = new TreeSet<>();
        private double effortA;
        private double effortB;
    }

    /** The class's overlaps, each with the months the baseline had it too; and the baseline's the class avoided. */
    Map<String, Object> overlapSection(List<MonthFacts> played, List<MonthFacts> baseline) {
        Map<List<Integer>, Overlap> cls = overlaps(played);
        Map<List<Integer>, Overlap> base = overlaps(baseline);
        List<Object> found = new ArrayList<>();
        sorted(cls).stream().limit(LIMIT).forEach(k -> found.add(overlap(k, cls.get(k), base.get(k))));
        List<Object> avoided = new ArrayList<>();
        sorted(base).stream().filter(k -> !cls.containsKey(k)).limit(LIMIT)
                .forEach(k -> avoided.add(overlap(k, base.get(k), null)));
        return Picture.map("class", found, "class_count", cls.size(), "avoided", avoided, "baseline_count",
                base.size());
    }

    private static List<List<Integer>> sorted(Map<List<Integer>, Overlap> overlaps) {
        List<List<Integer>> keys = new ArrayList<>(overlaps.keySet());
        keys.sort(Comparator.comparingDouble((List<Integer> k) -> -Math.min(overlaps.get(k).effortA,
                overlaps.get(k).effortB) * overlaps.get(k).months.size()).thenComparing(Object::toString));
        return keys;
    }

    private Map<String, Object> overlap(List<Integer> key, Overlap o, Overlap baseline) {
        int types = m.catalogue().size();
        List<Integer> alsoInBaseline = new ArrayList<>();
        if (baseline != null) {
            o.months.stream().filter(baseline.months::contains).forEach(alsoInBaseline::add);
        }
        return Picture.map("a", m.actors().get(key.get(0)).id(), "b", m.actors().get(key.get(1)).id(),
                "district", m.region().district(key.get(2) / types).id(),
                "activity", ActivityCatalogue.key(m.catalogue().get(key.get(2) % types)),
                "months", new ArrayList<>(o.months), "effort_a", Picture.round(o.effortA), "effort_b",
                Picture.round(o.effortB), "baseline_months", alsoInBaseline);
    }

    /**
     * The class's gaps by cell, in two lists: the months nobody present believed the cell needy, and the months
     * someone did (with who) and nobody worked on it all the same; each with the months the baseline covered it.
     */
    Map<String, Object> gapSection(List<MonthFacts> played, List<MonthFacts> baseline) {
        Map<Integer, Set<Integer>> coveredInBaseline = new TreeMap<>();
        for (MonthFacts f : baseline) {
            f.needy().stream().filter(MonthFacts.NeedyCell::covered)
                    .forEach(c -> coveredInBaseline.computeIfAbsent(c.cell(), k -> new TreeSet<>()).add(f.step()));
        }
        Map<Integer, Gap> unseen = new TreeMap<>();
        Map<Integer, Gap> seen = new TreeMap<>();
        for (MonthFacts f : played) {
            for (MonthFacts.NeedyCell c : f.needy()) {
                if (!c.covered()) {
                    Gap g = (c.believers().isEmpty() ? unseen : seen).computeIfAbsent(c.cell(), k -> new Gap());
                    g.months.add(f.step());
                    g.need = Math.max(g.need, c.need());
                    g.seenBy.addAll(c.believers());
                }
            }
        }
        Set<Integer> cells = new TreeSet<>(unseen.keySet());
        cells.addAll(seen.keySet());
        return Picture.map("nobody_saw", rows(unseen, coveredInBaseline), "seen_but_left",
                rows(seen, coveredInBaseline), "cells", cells.size());
    }

    private List<Object> rows(Map<Integer, Gap> gaps, Map<Integer, Set<Integer>> coveredInBaseline) {
        List<Integer> cells = new ArrayList<>(gaps.keySet());
        cells.sort(Comparator.comparingInt((Integer c) -> -gaps.get(c).months.size())
                .thenComparingDouble(c -> -gaps.get(c).need).thenComparingInt(c -> c));
        List<Object> out = new ArrayList<>();
        for (int cell : cells.subList(0, Math.min(LIMIT, cells.size()))) {
            Set<Integer> covered = coveredInBaseline.getOrDefault(cell, Set.of());
            out.add(gap(cell, gaps.get(cell), gaps.get(cell).months.stream().filter(covered::contains).toList()));
        }
        return out;
    }

    /** One cell's gap over some months. */
    private static final class Gap {
        private final Set<Integer> months = new TreeSet<>();
        private final Set<Integer> seenBy = new TreeSet<>();
        private double need;
    }

    private Map<String, Object> gap(int cell, Gap g, List<Integer> coveredInBaseline) {
        List<Object> seenBy = new ArrayList<>();
        for (int a : g.seenBy) {
            seenBy.add(Picture.map("actor", m.actors().get(a).id(), "seat", seats.contains(a)));
        }
        return Picture.map("district", m.region().district(NeedField.districtOf(cell)).id(), "challenge",
                NeedField.challengeOf(cell).key(), "months", new ArrayList<>(g.months), "seen_by", seenBy,
                "peak_need", Picture.round(g.need),
                "baseline_covered_months", coveredInBaseline);
    }
}
