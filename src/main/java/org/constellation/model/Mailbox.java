package org.constellation.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Messages in transit, delivered in order of arrival step and then of sending. A receiver gets a
 * sender's report of a kind only if it is newer than the last of that sender and kind it received:
 * the same report reaching it through a second channel (the sharing rule and a joint analysis, say,
 * or a platform that passes it on a step later) is one piece of evidence, and fusing it twice would
 * make the receiver overconfident; an older report arriving late adds nothing the newer one lacked.
 */
public final class Mailbox implements Serializable {

    private static final int NONE = Integer.MIN_VALUE;
    private static final int KINDS = InfoKind.values().length;

    /** Messages in transit by delivery step, each step's in order of sequence (the order of posting). */
    private final TreeMap<Integer, ArrayList<Message>> pending = new TreeMap<>();
    /** The buckets of the last delivery steps posted to: posts alternate between a few steps. */
    private final int[] recentStep = {NONE, NONE, NONE};
    private final List<ArrayList<Message>> recent = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>()));
    private int inTransit;
    private long sequence;
    private long delivered;
    private long duplicates;
    /** Per receiver, per sender and kind: the step the last delivered report was sent at (or {@link #NONE}). */
    private int[][] latest = new int[0][];

    /** The sequence number for the next message. */
    public long nextSequence() {
        return sequence++;
    }

    /** Queues a message. */
    public void post(Message m) {
        ArrayList<Message> due = bucket(m.deliverAt());
        int at = due.size();
        while (at > 0 && due.get(at - 1).sequence() > m.sequence()) {
            at--;
        }
        due.add(at, m);
        inTransit++;
    }

    private ArrayList<Message> bucket(int step) {
        for (int k = 0; k < recentStep.length; k++) {
            if (recentStep[k] == step) {
                return recent.get(k);
            }
        }
        ArrayList<Message> due = pending.computeIfAbsent(step, k -> new ArrayList<>());
        int slot = Math.floorMod(step, recentStep.length);
        recentStep[slot] = step;
        recent.set(slot, due);
        return due;
    }

    /** Removes and returns every message due at or before a step, without reports no newer than one delivered. */
    public List<Message> due(int step) {
        List<Message> out = new ArrayList<>(pending.isEmpty() ? 0 : pending.firstEntry().getValue().size());
        while (!pending.isEmpty() && pending.firstKey() <= step) {
            var first = pending.pollFirstEntry();
            ArrayList<Message> due = first.getValue();
            for (int k = 0; k < recentStep.length; k++) {
                if (recentStep[k] == first.getKey()) {
                    recentStep[k] = NONE;
                }
            }
            inTransit -= due.size();
            for (Message m : due) {
                int[] row = row(m.receiver(), m.sender());
                int slot = m.sender() * KINDS + m.kind().ordinal();
                if (row[slot] == NONE || m.sentAt() > row[slot]) {
                    row[slot] = m.sentAt();
                    out.add(m);
                } else {
                    duplicates++;
                }
            }
        }
        delivered += out.size();
        return out;
    }

    /** The receiver's row of latest steps, long enough for the sender. */
    private int[] row(int receiver, int sender) {
        if (receiver >= latest.length) {
            latest = Arrays.copyOf(latest, Math.max(receiver + 1, latest.length * 2));
        }
        int[] row = latest[receiver];
        int needed = (sender + 1) * KINDS;
        if (row == null || row.length < needed) {
            int old = row == null ? 0 : row.length;
            row = row == null ? new int[Math.max(needed, 16 * KINDS)] : Arrays.copyOf(row, Math.max(needed, old * 2));
            Arrays.fill(row, old, row.length, NONE);
            latest[receiver] = row;
        }
        return row;
    }

    /** Messages dropped as no newer than a report already delivered on their channel. */
    public long duplicates() {
        return duplicates;
    }

    /** Messages still in transit. */
    public int pending() {
        return inTransit;
    }

    /** Messages delivered so far. */
    public long delivered() {
        return delivered;
    }
}
