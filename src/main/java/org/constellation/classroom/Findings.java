package org.constellation.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.constellation.metrics.CellBreakdown;
import org.constellation.model.CellResponse;
import org.constellation.model.Constellation;
import org.constellation.model.activity.Target;
import org.constellation.model.world.NeedField;

/**
 * The debrief's findings over the months the class played, in the class's run and in the automated
 * baseline, with the metrics' own definitions ({@link MonthFacts}, read through the metrics'
 * {@code CellBreakdown}):
 * <ul>
 * <li><b>who duplicated whom</b>: on a need cell's target (district x challenge, its need or its drivers;
 * all activity types together), an actor that added effort where another was the largest contributor,
 * one of the two a seat; the effort it added beyond what saturates the cell is redundant (redundant_effort),
 * what it added within it is complementary (complementary_effort), each shared among the added actors in
 * proportion to their effort;</li>
 * <li><b>gaps</b>: a cell in need at the reference, within reach (an actor present and mandated for the
 * challenge), on which that month's effort achieved nothing (a full loss to coverage_by_need): either no
 * actor in reach believed its need above the gap threshold ("nobody saw"), or some did and left it.</li>
 * </ul>
 */
final class Findings {

    /** Most pairs or gaps listed in each list. */
    static final int LIMIT = 15;

    private final Constellation m;
    private final Set<Integer> seats;

    Findings(Constellation m, Set<Integer> seats) {
        this.m = m;
        this.seats = seats;
    }

    /** What one actor added on one cell target where another actor was the largest contributor, over months. */
    static final class Pair {
        private final Set<Integer> months = new TreeSet<>();
        private final Set<Integer> redundantMonths = new TreeSet<>();
        private double effortBy;
        private double effortOf;
        private double redundant;
        private double complementary;
    }

    /** The pairs of one run that involve a seat, keyed by (added by, largest contributor, cell target). */
    Map<List<Integer>, Pair> pairs(List<MonthFacts> months) {
        Map<List<Integer>, Pair> out = new TreeMap<>(Comparator.comparing(Object::toString));
        for (MonthFacts f : months) {
            for (CellBreakdown.Shared s : f.shared()) {
                for (Map.Entry<Integer, Double> e : s.others().entrySet()) {
                    int by = e.getKey();
                    if (!seats.contains(by) && !seats.contains(s.largest())) {
                        continue;
                    }
                    Pair p = out.computeIfAbsent(List.of(by, s.largest(), CellResponse.targetIndex(s.cell(),
                            s.target())), k -> new Pair());
                    p.months.add(f.step());
                    p.effortBy += e.getValue();
                    p.effortOf += s.largestEffort();
                    p.redundant += s.redundantBy(by);
                    p.complementary += s.complementaryBy(by);
                    if (s.redundantBy(by) > 0) {
                        p.redundantMonths.add(f.step());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The class's pairs with redundant effort (who duplicated whom) and with complementary effort (who worked
     * beside whom), each with the months the baseline had the same pair on the same cell; and the baseline's
     * redundant pairs that the class avoided.
     */
    Map<String, Object> pairSection(List<MonthFacts> played, List<MonthFacts> baseline) {
        Map<List<Integer>, Pair> cls = pairs(played);
        Map<List<Integer>, Pair> base = pairs(baseline);
        List<List<Integer>> duplicated = ranked(cls, p -> p.redundant);
        List<List<Integer>> beside = ranked(cls, p -> p.complementary);
        List<List<Integer>> avoided = ranked(base, p -> p.redundant).stream()
                .filter(k -> !cls.containsKey(k) || cls.get(k).redundant <= 0).toList();
        return Picture.map("duplicated", rows(duplicated, cls, base), "duplicated_count", duplicated.size(),
                "beside", rows(beside, cls, base), "beside_count", beside.size(),
                "avoided", rows(avoided, base, Map.of()), "avoided_count", avoided.size());
    }

    private static List<List<Integer>> ranked(Map<List<Integer>, Pair> pairs, ToDoubleFunction<Pair> by) {
        List<List<Integer>> keys = new ArrayList<>(pairs.keySet().stream().filter(k -> by.applyAsDouble(pairs.get(k))
                > 0).toList());
        keys.sort(Comparator.comparingDouble((List<Integer> k) -> -by.applyAsDouble(pairs.get(k)))
                .thenComparing(Object::toString));
        return keys;
    }

    private List<Object> rows(List<List<Integer>> keys, Map<List<Integer>, Pair> pairs,
            Map<List<Integer>, Pair> other) {
        List<Object> out = new ArrayList<>();
        for (List<Integer> key : keys.subList(0, Math.min(LIMIT, keys.size()))) {
            Pair p = pairs.get(key);
            Pair o = other.get(key);
            int cell = key.get(2) / 2;
            out.add(Picture.map("by", m.actors().get(key.get(0)).id(), "of", m.actors().get(key.get(1)).id(),
                    "district", m.region().district(NeedField.districtOf(cell)).id(),
                    "challenge", NeedField.challengeOf(cell).key(), "target", Target.values()[key.get(2) % 2].key(),
                    "months", new ArrayList<>(p.months), "redundant_months", new ArrayList<>(p.redundantMonths),
                    "effort_by", Picture.round(p.effortBy), "effort_of", Picture.round(p.effortOf),
                    "redundant", Picture.round(p.redundant), "complementary", Picture.round(p.complementary),
                    "other_months", o == null ? List.of() : new ArrayList<>(o.months),
                    "other_redundant_months", o == null ? List.of() : new ArrayList<>(o.redundantMonths)));
        }
        return out;
    }

    /**
     * The class's gaps by cell, in two lists: the months no actor in reach believed the cell in need ("nobody
     * saw"), and the months some did (with who) and it was left all the same; each with the actors that could
     * have worked there and the months the baseline's effort achieved something there. Also the cells in need
     * that were out of reach in some month (the scenario's gaps, not the class's).
     */
    Map<String, Object> gapSection(List<MonthFacts> played, List<MonthFacts> baseline) {
        Map<Integer, Set<Integer>> workedInBaseline = new TreeMap<>();
        for (MonthFacts f : baseline) {
            f.needy().stream().filter(c -> c.share() > 0)
                    .forEach(c -> workedInBaseline.computeIfAbsent(c.cell(), k -> new TreeSet<>()).add(f.step()));
        }
        Map<Integer, Gap> unseen = new TreeMap<>();
        Map<Integer, Gap> seen = new TreeMap<>();
        Set<Integer> outOfReach = new TreeSet<>();
        for (MonthFacts f : played) {
            for (MonthFacts.NeedyCell c : f.needy()) {
                if (c.reachers().isEmpty()) {
                    outOfReach.add(c.cell());
                }
                if (c.left()) {
                    Gap g = (c.believers().isEmpty() ? unseen : seen).computeIfAbsent(c.cell(), k -> new Gap());
                    g.months.add(f.step());
                    g.weight = c.weight();
                    g.cost += c.weight();
                    g.seenBy.addAll(c.believers());
                    g.reachers.addAll(c.reachers());
                }
            }
        }
        Set<Integer> cells = new TreeSet<>(unseen.keySet());
        cells.addAll(seen.keySet());
        return Picture.map("nobody_saw", rows(unseen, workedInBaseline), "seen_but_left", rows(seen, workedInBaseline),
                "cells", cells.size(), "out_of_reach", outOfReach.size());
    }

    private List<Object> rows(Map<Integer, Gap> gaps, Map<Integer, Set<Integer>> workedInBaseline) {
        List<Integer> cells = new ArrayList<>(gaps.keySet());
        cells.sort(Comparator.comparingDouble((Integer c) -> -gaps.get(c).cost).thenComparingInt(c -> c));
        List<Object> out = new ArrayList<>();
        for (int cell : cells.subList(0, Math.min(LIMIT, cells.size()))) {
            Gap g = gaps.get(cell);
            Set<Integer> worked = workedInBaseline.getOrDefault(cell, Set.of());
            out.add(Picture.map("district", m.region().district(NeedField.districtOf(cell)).id(), "challenge",
                    NeedField.challengeOf(cell).key(), "months", new ArrayList<>(g.months),
                    "seen_by", actors(g.seenBy), "could_reach", actors(g.reachers),
                    "reference_need", Picture.round(g.weight),
                    "baseline_worked_months", g.months.stream().filter(worked::contains).toList()));
        }
        return out;
    }

    private List<Object> actors(Set<Integer> indices) {
        List<Object> out = new ArrayList<>();
        for (int a : indices) {
            out.add(Picture.map("actor", m.actors().get(a).id(), "seat", seats.contains(a)));
        }
        return out;
    }

    /** One cell's gap over some months. */
    private static final class Gap {
        private final Set<Integer> months = new TreeSet<>();
        private final Set<Integer> seenBy = new TreeSet<>();
        private final Set<Integer> reachers = new TreeSet<>();
        private double weight;
        private double cost;
    }
}
