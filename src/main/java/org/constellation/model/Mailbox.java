package org.constellation.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Messages in transit, delivered in order of arrival step and then of sending. A receiver gets a
 * sender's report of a kind only if it is newer than the last of that sender and kind it received:
 * the same report reaching it through a second channel (the sharing rule and a joint analysis, say,
 * or a platform that passes it on a step later) is one piece of evidence, and fusing it twice would
 * make the receiver overconfident; an older report arriving late adds nothing the newer one lacked.
 */
public final class Mailbox implements Serializable {

    /** Whose reports of which kind reach whom. */
    private record Channel(int sender, int receiver, InfoKind kind) implements Serializable {
    }

    /** Delivery order: by delivery step, then by the order of posting. A class, so checkpoints can hold it. */
    private static final class DeliveryOrder implements Comparator<Message>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Message a, Message b) {
            int byStep = Integer.compare(a.deliverAt(), b.deliverAt());
            return byStep != 0 ? byStep : Long.compare(a.sequence(), b.sequence());
        }
    }

    private final PriorityQueue<Message> pending = new PriorityQueue<>(new DeliveryOrder());
    private long sequence;
    private long delivered;
    private long duplicates;
    private final Map<Channel, Integer> latest = new HashMap<>();

    /** The sequence number for the next message. */
    public long nextSequence() {
        return sequence++;
    }

    /** Queues a message. */
    public void post(Message m) {
        pending.add(m);
    }

    /** Removes and returns every message due at or before a step, without reports no newer than one delivered. */
    public List<Message> due(int step) {
        List<Message> out = new ArrayList<>();
        while (!pending.isEmpty() && pending.peek().deliverAt() <= step) {
            Message m = pending.poll();
            Channel c = new Channel(m.sender(), m.receiver(), m.kind());
            Integer last = latest.get(c);
            if (last == null || m.sentAt() > last) {
                latest.put(c, m.sentAt());
                out.add(m);
            } else {
                duplicates++;
            }
        }
        delivered += out.size();
        return out;
    }

    /** Messages dropped as no newer than a report already delivered on their channel. */
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
