package org.constellation.model.spec;

import java.io.Serializable;
import org.constellation.model.Challenge;

/**
 * A scheduled event (<i>Fit for Purpose</i> names epidemic outbreaks, droughts and locusts, coups and
 * missions ending as the shocks the constellations face; ch. 3 and 4). Each applies itself to the
 * model at the start of its step.
 */
public sealed interface ShockSpec extends Serializable
        permits ShockSpec.EpidemicOutbreak, ShockSpec.Drought, ShockSpec.Coup,
        ShockSpec.MissionClosure, ShockSpec.FundingCut, ShockSpec.GroupSurge, ShockSpec.MandateChange,
        ShockSpec.Drawdown, ShockSpec.Handover {

    /** The step at whose start the shock happens. */
    int step();

    /** The stable name of the kind of shock. */
    String kind();

    /** Applies the shock. */
    void apply(ShockTarget target);

    /** A disease outbreak: the epidemic need in a district jumps. */
    record EpidemicOutbreak(int step, String district, double magnitude) implements ShockSpec {
        @Override
        public String kind() {
            return "epidemic-outbreak";
        }

        @Override
        public void apply(ShockTarget target) {
            target.raiseNeed(district, Challenge.EPIDEMICS, magnitude);
        }
    }

    /** A drought or locusts: environmental drivers rise in a district or a whole country. */
    record Drought(int step, String area, double magnitude) implements ShockSpec {
        @Override
        public String kind() {
            return "drought";
        }

        @Override
        public void apply(ShockTarget target) {
            target.raiseDriver(area, Challenge.ENVIRONMENT, magnitude);
            target.raiseNeed(area, Challenge.ENVIRONMENT, magnitude / 2);
        }
    }

    /** A coup or change of government: the host's willingness and consent change. */
    record Coup(int step, String country, double willingness, double consent) implements ShockSpec {
        @Override
        public String kind() {
            return "coup";
        }

        @Override
        public void apply(ShockTarget target) {
            target.changeHost(country, willingness, consent);
        }
    }

    /** A mission (or any actor) closing before its planned end. */
    record MissionClosure(int step, String actor) implements ShockSpec {
        @Override
        public String kind() {
            return "mission-closure";
        }

        @Override
        public void apply(ShockTarget target) {
            target.closeActor(actor);
        }
    }

    /** A funding cut (factor below 1) or surge (above 1) for one actor. */
    record FundingCut(int step, String actor, double factor) implements ShockSpec {
        @Override
        public String kind() {
            return "funding-change";
        }

        @Override
        public void apply(ShockTarget target) {
            target.scaleCapacity(actor, factor);
        }
    }

    /** Reinforcements for a group (fighters returning from another theatre, a new alliance). */
    record GroupSurge(int step, String group, double strength) implements ShockSpec {
        @Override
        public String kind() {
            return "group-surge";
        }

        @Override
        public void apply(ShockTarget target) {
            target.reinforceGroup(group, strength);
        }
    }

    /**
     * A change of an actor's mandate at a date: its priorities and allowed activities from then on (EUCAP Sahel
     * Niger turning to irregular migration in 2016, <i>Fit for Purpose</i> ch. 2).
     */
    record MandateChange(int step, String actor, MandateSpec mandate) implements ShockSpec {
        @Override
        public String kind() {
            return "mandate-change";
        }

        @Override
        public void apply(ShockTarget target) {
            target.changeMandate(actor, mandate);
        }
    }

    /**
     * One step of a phased drawdown: the actor's exit at {@code end} is announced (if it was not already) and it
     * leaves these districts now. A scenario's drawdown entry becomes one of these per batch of districts.
     */
    record Drawdown(int step, String actor, int end, java.util.List<String> leave) implements ShockSpec {
        public Drawdown {
            leave = java.util.List.copyOf(leave);
        }

        @Override
        public String kind() {
            return "drawdown";
        }

        @Override
        public void apply(ShockTarget target) {
            target.drawDown(actor, end, leave);
        }
    }

    /**
     * A handover between organisations (UNMIK to EULEX Kosovo; <i>Fit for Purpose</i> ch. 4): the actor closes and
     * its successor takes over its districts, a share of its capacity, and its records (what it believed of the
     * needs and threats there), each lost with chance {@code recordsLost} (<i>Multilateral Peace Operations and
     * the Challenges of Organized Crime</i>, section V: records and documents lost in the UNMIK-EULEX handover).
     */
    record Handover(int step, String actor, String successor, double recordsLost, double capacityShare)
            implements ShockSpec {
        @Override
        public String kind() {
            return "handover";
        }

        @Override
        public void apply(ShockTarget target) {
            target.handOver(actor, successor, recordsLost, capacityShare);
        }
    }
}
