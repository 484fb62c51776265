package org.constellation.model;

import java.io.Serializable;
import org.constellation.model.plan.Plan;

/**
 * A piece of information on its way from one actor to another.
 *
 * @param sender index of the sending actor
 * @param receiver index of the receiving actor
 * @param kind what kind of information
 * @param sentAt step it was sent
 * @param deliverAt step it arrives
 * @param doubt extra variance the receiver adds for doubting the source's reliability
 * @param sequence order of sending, to deliver same-step messages deterministically
 * @param payload the content, a snapshot taken when it was sent
 */
public record Message(int sender, int receiver, InfoKind kind, int sentAt, int deliverAt, double doubt,
        long sequence, Payload payload) implements Serializable {

    /** The content of a message. */
    public sealed interface Payload extends Serializable permits NeedsReport, PlanReport, ThreatReport {
    }

    /** A needs assessment: estimates and their variances for some cells. */
    public record NeedsReport(int[] cells, double[] estimates, double[] variances) implements Payload {
    }

    /** An activity plan. */
    public record PlanReport(Plan plan) implements Payload {
    }

    /** Threat intelligence: estimated group strength per district. */
    public record ThreatReport(int[] districts, double[] strengths, double[] variances) implements Payload {
    }
}
