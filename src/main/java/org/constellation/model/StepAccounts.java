package org.constellation.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened in the current step, kept for metrics and for the next phases: staff time spent
 * on coordination, enforcement pressure, diverted assistance, benefit and harm per actor and
 * district, and group movement across borders. Reset at the start of every step.
 */
public final class StepAccounts implements Serializable {

    private final int actors;
    private final int districts;
    private final double[] coordination;
    private final Map<String, Double> coordinationByMechanism = new LinkedHashMap<>();
    private final double[] pressure;
    private final double[] diverted;
    private final double[] benefit;
    private final double[] harm;
    /** Slots of benefit and harm written this step (the rest are 0): reset and sums visit only these. */
    private final Slots benefitSlots = new Slots();
    private final Slots harmSlots = new Slots();
    private double displacedAcrossBorders;
    private double displacedWithin;

    public StepAccounts(int actors, int districts, int countries, int cells) {
        this.actors = actors;
        this.districts = districts;
        coordination = new double[actors];
        pressure = new double[cells];
        diverted = new double[countries];
        benefit = new double[actors * districts];
        harm = new double[actors * districts];
    }

    /** Clears everything for a new step. */
    public void reset() {
        Arrays.fill(coordination, 0);
        coordinationByMechanism.clear();
        Arrays.fill(pressure, 0);
        Arrays.fill(diverted, 0);
        benefitSlots.clear(benefit);
        harmSlots.clear(harm);
        displacedAcrossBorders = 0;
        displacedWithin = 0;
    }

    /** Staff time an actor spends on coordination this step, charged by a mechanism. */
    public void chargeCoordination(int actor, double effort, String mechanism) {
        coordination[actor] += effort;
        coordinationByMechanism.merge(mechanism, effort, Double::sum);
    }

    /** Staff time an actor spent on coordination this step. */
    public double coordination(int actor) {
        return coordination[actor];
    }

    /** Staff time spent on coordination this step, all actors. */
    public double totalCoordination() {
        double t = 0;
        for (double v : coordination) {
            t += v;
        }
        return t;
    }

    /** Staff time spent per mechanism this step. */
    public Map<String, Double> coordinationByMechanism() {
        return java.util.Collections.unmodifiableMap(coordinationByMechanism);
    }

    /** Adds enforcement pressure on a cell's challenge in its district. */
    public void addPressure(int cell, double amount) {
        pressure[cell] += amount;
    }

    /** Enforcement pressure on a cell this step. */
    public double pressure(int cell) {
        return pressure[cell];
    }

    /** Adds assistance diverted to illicit interests in a country. */
    public void addDiverted(int country, double amount) {
        diverted[country] += amount;
    }

    /** Assistance diverted in a country this step. */
    public double diverted(int country) {
        return diverted[country];
    }

    /** Total assistance diverted this step. */
    public double totalDiverted() {
        double t = 0;
        for (double v : diverted) {
            t += v;
        }
        return t;
    }

    /** Adds need an actor removed (or is expected to remove) in a district. */
    public void addBenefit(int actor, int district, double amount) {
        benefitSlots.touch(actor * districts + district);
        benefit[actor * districts + district] += amount;
    }

    /** Benefit an actor brought a district this step. */
    public double benefit(int actor, int district) {
        return benefit[actor * districts + district];
    }

    /** Adds harm an actor did inside the fence in a district. */
    public void addHarm(int actor, int district, double amount) {
        harmSlots.touch(actor * districts + district);
        harm[actor * districts + district] += amount;
    }

    /** Harm an actor did in a district this step. */
    public double harm(int actor, int district) {
        return harm[actor * districts + district];
    }

    /** Total harm inside the fence this step. */
    public double totalHarm() {
        return harmSlots.sum(harm);
    }

    /**
     * The slots of an actor x district array written since it was last cleared. Summing only these,
     * in slot order, gives exactly the sum over the whole array: the others hold 0.
     */
    private static final class Slots implements Serializable {
        private int[] slots = new int[16];
        private int count;
        private boolean sorted = true;
        private final java.util.BitSet marked = new java.util.BitSet();

        void touch(int slot) {
            if (!marked.get(slot)) {
                marked.set(slot);
                if (count == slots.length) {
                    slots = Arrays.copyOf(slots, count * 2);
                }
                sorted &= count == 0 || slots[count - 1] < slot;
                slots[count++] = slot;
            }
        }

        /** The sum of the values in these slots, in slot order. */
        double sum(double[] values) {
            if (!sorted) {
                Arrays.sort(slots, 0, count);
                sorted = true;
            }
            double t = 0;
            for (int k = 0; k < count; k++) {
                t += values[slots[k]];
            }
            return t;
        }

        void clear(double[] values) {
            for (int k = 0; k < count; k++) {
                values[slots[k]] = 0;
                marked.clear(slots[k]);
            }
            count = 0;
            sorted = true;
        }
    }

    /** Records group strength that moved between districts. */
    public void addDisplacement(double strength, boolean acrossBorder) {
        if (acrossBorder) {
            displacedAcrossBorders += strength;
        } else {
            displacedWithin += strength;
        }
    }

    /** Group strength that crossed a border this step. */
    public double displacedAcrossBorders() {
        return displacedAcrossBorders;
    }

    /** Group strength that moved within a country this step. */
    public double displacedWithin() {
        return displacedWithin;
    }

    /** Number of actors the accounts were sized for. */
    public int actors() {
        return actors;
    }
}
