package org.constellation.classroom;

import java.io.Serializable;
import org.constellation.model.InfoKind;

/**
 * A channel of the sharing rule from a seat: a receiver (actor index) and a kind of information.
 *
 * @param receiver index of the receiving actor
 * @param kind what would be passed
 */
record Channel(int receiver, InfoKind kind) implements Serializable, Comparable<Channel> {

    @Override
    public int compareTo(Channel o) {
        int r = Integer.compare(receiver, o.receiver);
        return r != 0 ? r : kind.compareTo(o.kind);
    }
}
