package org.constellation.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Messages in transit, delivered in order of arrival step and then of sending. */
public final class Mailbox {

    private final PriorityQueue<Message> pending = new PriorityQueue<>(
            Comparator.comparingInt(Message::deliverAt).thenComparingLong(Message::sequence));
    private long sequence;
    private long delivered;

    /** The sequence number for the next message. */
    public long nextSequence() {
        return sequence++;
    }

    /** Queues a message. */
    public void post(Message m) {
        pending.add(m);
    }

    /** Removes and returns every message due at or before a step. */
    public List<Message> due(int step) {
        List<Message> out = new ArrayList<>();
        while (!pending.isEmpty() && pending.peek().deliverAt() <= step) {
            out.add(pending.poll());
        }
        delivered += out.size();
        return out;
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
