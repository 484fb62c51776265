package org.constellation.gui;

import java.util.ArrayList;
import java.util.List;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.agents.Actor;
import org.constellation.model.world.District;

/**
 * A district as the GUI shows and inspects it: a read-only window on the model with bean getters
 * (MASON's inspectors read {@code getX()}, the model's accessors are record-style {@code x()}). Clicking
 * a district on the map opens this in an inspector; every value is read live from the model.
 */
public final class DistrictView {

    private final RegionView region;
    private final District district;

    DistrictView(RegionView region, District district) {
        this.region = region;
        this.district = district;
    }

    /** The district of the model. */
    District district() {
        return district;
    }

    /** The GUI region it belongs to. */
    RegionView region() {
        return region;
    }

    private Constellation model() {
        return region.model();
    }

    private int index() {
        return district.index();
    }

    private double need(Challenge c) {
        return model().needs().need(index(), c);
    }

    public String getName() {
        return district.name();
    }

    public String getCountry() {
        return district.country().name();
    }

    public double getPopulationThousands() {
        return district.population();
    }

    public boolean isCapital() {
        return district.isCapital();
    }

    public double getStatePresence() {
        return district.statePresence();
    }

    public double getNeedTerrorism() {
        return need(Challenge.TERRORISM);
    }

    public double getNeedOrganizedCrime() {
        return need(Challenge.ORGANIZED_CRIME);
    }

    public double getNeedMigrationTrafficking() {
        return need(Challenge.MIGRATION_TRAFFICKING);
    }

    public double getNeedEnvironment() {
        return need(Challenge.ENVIRONMENT);
    }

    public double getNeedEpidemics() {
        return need(Challenge.EPIDEMICS);
    }

    public double getNeedProtectionOfCivilians() {
        return need(Challenge.PROTECTION_OF_CIVILIANS);
    }

    /** Share of the reference need within reach here that this step's effort leaves uncovered. */
    public double getCoverageGap() {
        return region.measures().coverageGap(index());
    }

    /** Share of this step's effort here that a second actor adds to a need cell beyond saturation. */
    public double getRedundantEffort() {
        return region.measures().redundancy(index());
    }

    /** Effort addressing this district's needs this step. */
    public double getEffortThisStep() {
        return region.measures().effort(index());
    }

    /** Its host government's consent to the international presence, 0-1 (ODD 7.9). */
    public double getHostConsent() {
        return region.model().host(district.country()).consent();
    }

    /** Its host government's willingness, 0-1. */
    public double getHostWillingness() {
        return region.model().host(district.country()).willingness();
    }

    /** Challenges whose need is above the gap threshold and that nobody addresses this step. */
    public String getUncoveredNeeds() {
        List<String> out = new ArrayList<>();
        double threshold = model().parameters().get(org.constellation.model.params.Parameters.METRIC_GAP_THRESHOLD);
        for (Challenge c : Challenge.all()) {
            if (need(c) > threshold && !region.measures().covered(index(), c)) {
                out.add(c.label());
            }
        }
        return out.isEmpty() ? "none" : String.join("; ", out);
    }

    public double getTrustInMissions() {
        return trustIn(ActorType.MISSION);
    }

    public double getTrustInAgencies() {
        return trustIn(ActorType.UNCT_AGENCY);
    }

    public double getTrustInDonors() {
        return trustIn(ActorType.DONOR);
    }

    public double getTrustInHostGovernment() {
        return trustIn(ActorType.HOST_GOVERNMENT);
    }

    public double getTrustInCivilSociety() {
        return trustIn(ActorType.CIVIL_SOCIETY);
    }

    /** Total strength of the criminal and armed groups here. */
    public double getGroupStrength() {
        return model().groupStrengthIn(index());
    }

    /** The active actors present here. */
    public String getActorsPresent() {
        List<String> out = new ArrayList<>();
        for (Actor a : model().actors()) {
            if (a.isActive() && a.isPresentIn(district)) {
                out.add(a.name());
            }
        }
        return out.isEmpty() ? "none" : String.join("; ", out);
    }

    /** The neighbouring districts; those across a border are marked. */
    public String getNeighbours() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < district.degree(); k++) {
            String name = model().region().district(district.neighbour(k)).name();
            out.add(district.crossesBorder(k) ? name + " (across the border)" : name);
        }
        return String.join("; ", out);
    }

    /** Mean trust of the population in the active actors of a type present here; NaN if there is none. */
    private double trustIn(ActorType type) {
        double sum = 0;
        int n = 0;
        for (Actor a : model().actors()) {
            if (a.type() == type && a.isActive() && a.isPresentIn(district)) {
                sum += model().population(index()).trust(a.index());
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    @Override
    public String toString() {
        return district.name();
    }
}
