package org.constellation.model.world;

import java.io.Serializable;
import org.constellation.model.Challenge;

/**
 * Need and drivers per district and challenge, with a short history so that actors can observe the
 * past (delayed beliefs). A cell is indexed {@code district * Challenge.COUNT + challenge}.
 *
 * <p>Need (0-1) is the current severity of a challenge in a district; the driver (0-1) is the
 * pressure that feeds it, relaxing towards its structural base.
 */
public final class NeedField implements Serializable {

    private final int districts;
    private final double[] need;
    private final double[] driver;
    private final double[] driverBase;
    private final double[] reference;
    private final double[][] history;
    private int newest;
    private int stored;

    /** Creates an all-zero field remembering {@code historyLength} past steps. */
    public NeedField(int districts, int historyLength) {
        this.districts = districts;
        int cells = districts * Challenge.COUNT;
        need = new double[cells];
        driver = new double[cells];
        driverBase = new double[cells];
        reference = new double[cells];
        history = new double[Math.max(1, historyLength + 1)][cells];
    }

    /** The cell index of a district and challenge. */
    public static int cell(int district, Challenge c) {
        return district * Challenge.COUNT + c.ordinal();
    }

    /** The district of a cell. */
    public static int districtOf(int cell) {
        return cell / Challenge.COUNT;
    }

    /** The challenge of a cell. */
    public static Challenge challengeOf(int cell) {
        return Challenge.all().get(cell % Challenge.COUNT);
    }

    /** Number of districts. */
    public int districts() {
        return districts;
    }

    /** Number of cells. */
    public int cells() {
        return need.length;
    }

    /** Current need of a cell. */
    public double need(int cell) {
        return need[cell];
    }

    /** Current need of a district and challenge. */
    public double need(int district, Challenge c) {
        return need[cell(district, c)];
    }

    /** Sets a need, clamped to 0-1. */
    public void setNeed(int cell, double value) {
        need[cell] = clamp(value);
    }

    /** Current driver of a cell. */
    public double driver(int cell) {
        return driver[cell];
    }

    /** Sets a driver, clamped to 0-1. */
    public void setDriver(int cell, double value) {
        driver[cell] = clamp(value);
    }

    /** Structural level the driver relaxes to. */
    public double driverBase(int cell) {
        return driverBase[cell];
    }

    /** Sets the structural driver level, clamped to 0-1. */
    public void setDriverBase(int cell, double value) {
        driverBase[cell] = clamp(value);
    }

    /**
     * The reference need of a cell: its need at the start of the run, or, if a scheduled shock raised it
     * later, the highest need right after such a shock. Set only from the scenario (its initial needs and
     * shocks), never from what actors achieve: the fixed denominator of the coverage metrics.
     */
    public double reference(int cell) {
        return reference[cell];
    }

    /** Takes every cell's current need as its reference need (once, when the world is built). */
    public void markReference() {
        System.arraycopy(need, 0, reference, 0, need.length);
    }

    /** Raises a cell's reference need to its current need (after a shock raised the need). */
    public void raiseReference(int cell) {
        reference[cell] = Math.max(reference[cell], need[cell]);
    }

    /** Stores the current needs as the newest history entry; called once per step. */
    public void snapshot() {
        newest = (newest + 1) % history.length;
        System.arraycopy(need, 0, history[newest], 0, need.length);
        stored = Math.min(stored + 1, history.length);
    }

    /**
     * The need of a cell as it was {@code lag} snapshots ago (0 = the latest snapshot), or the
     * oldest remembered value if the lag reaches further back.
     */
    public double past(int cell, int lag) {
        if (stored == 0) {
            return need[cell];
        }
        int l = Math.min(lag, stored - 1);
        int slot = Math.floorMod(newest - l, history.length);
        return history[slot][cell];
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
