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

    /** Appends without ordering; call {@link #heapify()} before popping. */
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

    double peekScore() {
        return scores[0];
    }

    void push(int item, double score) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
            scores = Arrays.copyOf(scores, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!above(score, item, scores[parent], items[parent])) {
                break;
            }
            items[i] = items[parent];
            scores[i] = scores[parent];
            i = parent;
        }
        items[i] = item;
        scores[i] = score;
    }

    int pop() {
        int top = items[0];
        size--;
        items[0] = items[size];
        scores[0] = scores[size];
        siftDown(0);
        return top;
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
