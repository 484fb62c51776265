package org.constellation.model.world;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.constellation.model.Institution;

/**
 * One host institution in one country: how well it functions, how much outside support it can
 * absorb per step, and the imprint of the doctrines it has been trained in (<i>Fit for Purpose</i>
 * ch. 4, "International coordination": Somalia's security forces trained under different doctrines
 * and overburdened by training beyond their absorption capacity).
 */
public final class InstitutionState implements Serializable {

    private final Institution institution;
    private double capacity;
    private final double absorption;
    private final Map<String, Double> doctrineImprint = new LinkedHashMap<>();
    private double delivered;
    private double absorbed;
    private boolean summed;
    private double total;
    private double incoherence;

    public InstitutionState(Institution institution, double capacity, double absorption) {
        this.institution = institution;
        this.capacity = capacity;
        this.absorption = absorption;
    }

    /** Which institution. */
    public Institution institution() {
        return institution;
    }

    /** How well it functions, 0-1. */
    public double capacity() {
        return capacity;
    }

    /** Sets its capacity, clamped to 0-1. */
    public void setCapacity(double value) {
        capacity = Math.max(0, Math.min(1, value));
    }

    /** Effort units of outside support it can absorb per step. */
    public double absorption() {
        return absorption;
    }

    /** Effort delivered to it this step (before absorption). */
    public double delivered() {
        return delivered;
    }

    /** Effort it absorbed this step. */
    public double absorbed() {
        return absorbed;
    }

    /** Records the support delivered and absorbed this step. */
    public void recordSupport(double deliveredEffort, double absorbedEffort) {
        delivered = deliveredEffort;
        absorbed = absorbedEffort;
    }

    /** Adds training imprint in a doctrine. */
    public void imprint(String doctrine, double amount) {
        doctrineImprint.merge(doctrine, amount, Double::sum);
        summed = false;
    }

    /** Lets every imprint fade by a share. */
    public void fadeImprints(double share) {
        doctrineImprint.replaceAll((k, v) -> v * (1 - share));
        summed = false;
    }

    /** Total imprint, all doctrines together. */
    public double totalImprint() {
        sum();
        return total;
    }

    /**
     * Doctrine incoherence: the Gini-Simpson diversity of the imprint shares, 0 when one doctrine
     * (or none) dominates, approaching 1 when many doctrines share the institution equally.
     */
    public double incoherence() {
        sum();
        return incoherence;
    }

    /**
     * Sums the imprints once after each change (the planner reads the incoherence for every option): the
     * same sums, in the same order, as summing at every call.
     */
    private void sum() {
        if (summed) {
            return;
        }
        double sumImprint = 0;
        for (double v : doctrineImprint.values()) {
            sumImprint += v;
        }
        double diversity;
        if (sumImprint <= 1e-9) {
            diversity = 0;
        } else {
            double sumSquares = 0;
            for (double v : doctrineImprint.values()) {
                double share = v / sumImprint;
                sumSquares += share * share;
            }
            diversity = 1 - sumSquares;
        }
        total = sumImprint;
        incoherence = diversity;
        summed = true;
    }

    /** Number of doctrines with a non-negligible imprint. */
    public int doctrineCount() {
        double total = totalImprint();
        int n = 0;
        for (double v : doctrineImprint.values()) {
            if (v > 0.05 * total && v > 1e-6) {
                n++;
            }
        }
        return n;
    }
}
