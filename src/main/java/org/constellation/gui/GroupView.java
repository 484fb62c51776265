package org.constellation.gui;

import org.constellation.model.agents.ArmedGroup;

/** A criminal or armed group as the GUI shows and inspects it (bean getters over the model's group). */
public final class GroupView {

    private final RegionView region;
    private final ArmedGroup group;
    private final double jitterX;
    private final double jitterY;
    private int previous;

    GroupView(RegionView region, ArmedGroup group, double jitterX, double jitterY) {
        this.region = region;
        this.group = group;
        this.jitterX = jitterX;
        this.jitterY = jitterY;
        this.previous = group.location();
    }

    RegionView region() {
        return region;
    }

    ArmedGroup group() {
        return group;
    }

    double jitterX() {
        return jitterX;
    }

    double jitterY() {
        return jitterY;
    }

    /** Records where the group is now; returns the district it came from, or -1 if it did not move. */
    int observeMove() {
        int from = previous;
        previous = group.location();
        return from == previous ? -1 : from;
    }

    public String getName() {
        return group.name();
    }

    public String getKind() {
        return group.kind().key();
    }

    public String getDistrict() {
        return region.model().region().district(group.location()).name();
    }

    public double getStrength() {
        return group.strength();
    }

    /** Illicit revenue this step. */
    public double getRevenue() {
        return group.revenue();
    }

    /** Moves so far. */
    public int getMoves() {
        return group.moves();
    }

    /** Border crossings so far. */
    public int getBorderCrossings() {
        return group.borderCrossings();
    }

    /** Leaked intelligence reports that have warned it so far. */
    public int getLeaks() {
        return group.leaks();
    }

    /** Its ties to the regime now, 0-1. */
    public double getRegimeTies() {
        return group.ties(region.model());
    }

    @Override
    public String toString() {
        return group.name();
    }
}
