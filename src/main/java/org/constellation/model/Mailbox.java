package org.constellation.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Messages in transit, delivered in order of arrival step and then of sending. The same report
 * (same sender, receiver, kind and step of sending) reaching a receiver through two channels in one
 * step (the sharing rule and a joint analysis, say) is delivered once: it is one piece of evidence,
 * and fusing it twice would make the receiver overconfident.
 */
public final class Mailbox {

    /** What makes two messages the same report. */
    private record Report(int sender, int receiver, InfoKind kind, int sentAt) {
    }

    private final PriorityQueue<Message> pending = new PriorityQueue<>(
            Comparator.comparingInt(Message::deliverAt).thenComparingLong(Message::sequence));
    private long sequence;
    private long delivered;
    private long duplicates;
    private int deliveryStep = -1;
    private final Set<Report> deliveredThisStep = new HashSet<>();

    /** The sequence number for the next message. */
    public long nextSequence() {
        return sequence++;
    }

    /** Queues a message. */
    public void post(Message m) {
        pending.add(m);
    }

    /** Removes and returns every message due at or before a step, without reports already delivered this step. */
    public List<Message> due(int step) {
        if (step != deliveryStep) {
            deliveredThisStep.clear();
            deliveryStep = step;
        }
        List<Message> out = new ArrayList<>();
        while (!pending.isEmpty() && pending.peek().deliverAt() <= step) {
            Message m = pending.poll();
            if (deliveredThisStep.add(new Report(m.sender(), m.receiver(), m.kind(), m.sentAt()))) {
                out.add(m);
            } else {
                duplicates++;
            }
        }
        delivered += out.size();
        return out;
    }

    /** Messages dropped as a report already delivered the same step through another channel. */
    public long duplicates() {
        return duplicates;
    }

    /** Messages still in transit. */
    public int pending() {
        return pending.size();
    }

    /** Messages delivered so far. */
    public long delivered() {
        return delivered;
    }
}
