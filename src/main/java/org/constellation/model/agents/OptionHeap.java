package org.constellation.model.agents;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A max-heap of option indices keyed by score, with ties broken by the lower option index so that
 * planning is deterministic.
 */
final class OptionHeap implements Serializable {

    private int[] items = new int[64];
    private double[] scores = new double[64];
    private int size;

    void reset(int capacity) {
        if (capacity > items.length) {
            items = new int[capacity];
            scores = new double[capacity];
        }
        size = 0;
    }

    /** Appends without ordering; call {@link #heapify()} before reading the top. */
    void add(int item, double score) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
            scores = Arrays.copyOf(scores, size * 2);
        }
        items[size] = item;
        scores[size] = score;
        size++;
    }

    /** Orders everything added (bottom-up, linear time). */
    void heapify() {
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The entry on top: the highest score, the lowest option index among equal scores. */
    int top() {
        return items[0];
    }

    /** The score of the entry that would be on top without the top one (at least two entries). */
    double nextScore() {
        if (size > 2 && above(scores[2], items[2], scores[1], items[1])) {
            return scores[2];
        }
        return scores[1];
    }

    /**
     * Gives the top entry a new score and moves it to its place: the same entries as popping it and pushing it
     * back with that score, in one pass. The order is total (score, then option index), so which entry comes
     * to the top depends only on the entries, not on how the heap holds them.
     */
    void rescoreTop(double score) {
        scores[0] = score;
        siftDown(0);
    }

    /**
     * Moves the entry at {@code start} down to its place: the entries above it move up into the hole it
     * leaves, so it is written once (the same comparisons, and the same heap, as swapping it down).
     */
    private void siftDown(int start) {
        int item = items[start];
        double score = scores[start];
        int i = start;
        while (true) {
            int left = 2 * i + 1;
            int right = left + 1;
            int best = -1;
            if (left < size && above(scores[left], items[left], score, item)) {
                best = left;
            }
            if (right < size && (best < 0 ? above(scores[right], items[right], score, item)
                    : above(scores[right], items[right], scores[best], items[best]))) {
                best = right;
            }
            if (best < 0) {
                break;
            }
            items[i] = items[best];
            scores[i] = scores[best];
            i = best;
        }
        items[i] = item;
        scores[i] = score;
    }

    /** True if an entry goes above another: a higher score, or the same score and a lower option index. */
    private static boolean above(double score, int item, double otherScore, int otherItem) {
        return score > otherScore || (score == otherScore && item < otherItem);
    }
}
