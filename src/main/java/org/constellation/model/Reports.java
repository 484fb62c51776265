package org.constellation.model;

import java.util.List;
import org.constellation.model.agents.Actor;
import org.constellation.model.belief.Beliefs;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * Builds the snapshot of an actor's beliefs that a needs or threat message carries. A sender that
 * reaches many receivers in one step sends them the same snapshot: the last one built for it is
 * reused while its beliefs, its presence and the step are unchanged (a snapshot is never modified
 * after it is built), so the cost is one snapshot per sender and change, not one per message. A
 * new snapshot shares the previous one's cells or districts when they are the same.
 */
final class Reports {

    /** A snapshot and what it was taken from. */
    private record Snapshot(Beliefs beliefs, long revision, int presence, int step, Message.Payload payload) {
        boolean takenFrom(Actor from, int t) {
            Beliefs b = from.beliefs();
            return beliefs == b && revision == b.revision() && presence == from.presenceRevision() && step == t;
        }
    }

    private Snapshot[] needs = new Snapshot[0];
    private Snapshot[] threats = new Snapshot[0];

    /** The sender's believed needs in the cells of the districts where it is present. */
    Message.NeedsReport needs(Actor from, int step) {
        needs = sized(needs, from.index());
        Snapshot s = needs[from.index()];
        if (s != null && s.takenFrom(from, step)) {
            return (Message.NeedsReport) s.payload();
        }
        int[] sameCells = s != null && s.presence() == from.presenceRevision()
                ? ((Message.NeedsReport) s.payload()).cells() : null;
        Message.NeedsReport report = buildNeeds(from, step, sameCells);
        needs[from.index()] = snapshot(from, step, report);
        return report;
    }

    /** The sender's believed group strength in every district it has information on. */
    Message.ThreatReport threats(Actor from, int step, int districts) {
        threats = sized(threats, from.index());
        Snapshot s = threats[from.index()];
        if (s != null && s.takenFrom(from, step)) {
            return (Message.ThreatReport) s.payload();
        }
        Message.ThreatReport report = buildThreats(from.beliefs(), step, districts,
                s == null ? null : ((Message.ThreatReport) s.payload()).districts());
        threats[from.index()] = snapshot(from, step, report);
        return report;
    }

    private static Snapshot[] sized(Snapshot[] cache, int index) {
        return index < cache.length ? cache : java.util.Arrays.copyOf(cache, Math.max(index + 1, cache.length * 2));
    }

    private static Snapshot snapshot(Actor from, int step, Message.Payload payload) {
        return new Snapshot(from.beliefs(), from.beliefs().revision(), from.presenceRevision(), step, payload);
    }

    /** The needs snapshot; {@code sameCells}, if not null, are the cells of the presence, to share. */
    private static Message.NeedsReport buildNeeds(Actor from, int step, int[] sameCells) {
        List<District> presence = from.presence();
        int n = presence.size() * Challenge.COUNT;
        int[] cells = sameCells != null ? sameCells : new int[n];
        double[] estimates = new double[n];
        double[] variances = new double[n];
        Beliefs b = from.beliefs();
        int k = 0;
        for (District d : presence) {
            for (Challenge c : Challenge.all()) {
                int cell = NeedField.cell(d.index(), c);
                if (sameCells == null) {
                    cells[k] = cell;
                }
                estimates[k] = b.need(cell);
                variances[k] = b.variance(cell, step);
                k++;
            }
        }
        return new Message.NeedsReport(cells, estimates, variances);
    }

    /** The threat snapshot; {@code previous}, if not null, are districts to share if the same are known. */
    private static Message.ThreatReport buildThreats(Beliefs b, int step, int districts, int[] previous) {
        int count = 0;
        boolean same = previous != null;
        for (int d = 0; d < districts; d++) {
            if (b.knowsThreat(d)) {
                if (same) {
                    same = count < previous.length && previous[count] == d;
                }
                count++;
            }
        }
        same = same && count == previous.length;
        int[] known = same ? previous : new int[count];
        double[] strengths = new double[count];
        double[] variances = new double[count];
        int k = 0;
        for (int d = 0; d < districts; d++) {
            if (b.knowsThreat(d)) {
                if (!same) {
                    known[k] = d;
                }
                strengths[k] = b.threat(d);
                variances[k] = b.threatVariance(d, step);
                k++;
            }
        }
        return new Message.ThreatReport(known, strengths, variances);
    }
}
