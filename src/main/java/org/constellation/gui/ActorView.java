package org.constellation.gui;

import java.util.ArrayList;
import java.util.List;
import org.constellation.model.agents.Actor;
import org.constellation.model.world.District;

/**
 * One actor's marker beside one district where it is present: a read-only, inspectable window on the
 * actor (bean getters for MASON's inspectors) with what it did in that district this step.
 */
public final class ActorView {

    private final RegionView region;
    private final Actor actor;
    private final District district;

    ActorView(RegionView region, Actor actor, District district) {
        this.region = region;
        this.actor = actor;
        this.district = district;
    }

    RegionView region() {
        return region;
    }

    Actor actor() {
        return actor;
    }

    District district() {
        return district;
    }

    /** True if the actor put effort into this district this step. */
    boolean isWorkingHere() {
        return region.work().effort(actor.index(), district.index()) > 0;
    }

    public String getName() {
        return actor.name();
    }

    public String getType() {
        return actor.type().key();
    }

    public String getOrganisation() {
        return actor.organisation();
    }

    public String getStatus() {
        return actor.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Nominal capacity, in effort units per step. */
    public double getCapacity() {
        return actor.nominalCapacity();
    }

    /** The district this marker stands beside. */
    public String getDistrict() {
        return district.name();
    }

    /** Effort the actor spent in this district this step. */
    public double getEffortHere() {
        return region.work().effort(actor.index(), district.index());
    }

    /** What the actor did here this step: activity and effort. */
    public String getActivitiesHere() {
        List<String> here = region.work().activities(actor.index(), district.index());
        return here.isEmpty() ? "nothing this step" : String.join("; ", here);
    }

    /** Effort the actor spent anywhere this step. */
    public double getEffortEverywhere() {
        return region.work().total(actor.index());
    }

    /** Trust of this district's population in the actor (0-1). */
    public double getTrustHere() {
        return region.model().population(district.index()).trust(actor.index());
    }

    /** The mission it is a component of (its police or a civilian section, {@code part_of}), or "none". */
    public String getPartOf() {
        return actor.parent() == null ? "none" : actor.parent().name();
    }

    /** Every district where the actor is present. */
    public String getPresence() {
        List<String> out = new ArrayList<>();
        actor.presence().forEach(d -> out.add(d.name()));
        return String.join("; ", out);
    }

    /** The actor's next scheduled change of presence or capacity (scenario schedules), or "none". */
    public String getNextScheduledChange() {
        var next = actor.schedule() == null ? null : actor.schedule().upcoming();
        if (next == null) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        if (!Double.isNaN(next.capacity())) {
            parts.add(String.format(java.util.Locale.ROOT, "capacity %.1f", next.capacity()));
        }
        if (next.presence() != null) {
            parts.add("present in " + next.presence().size() + " districts");
        }
        return "step " + next.step() + ": " + String.join(", ", parts);
    }

    @Override
    public String toString() {
        return actor.name() + " in " + district.name();
    }
}
