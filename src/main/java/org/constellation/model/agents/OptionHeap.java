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
        items[i] = item;
        scores[i] = score;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!above(i, parent)) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    int pop() {
        int top = items[0];
        size--;
        items[0] = items[size];
        scores[0] = scores[size];
        siftDown(0);
        return top;
    }

    private void siftDown(int start) {
        int i = start;
        while (true) {
            int left = 2 * i + 1;
            int right = left + 1;
            int best = i;
            if (left < size && above(left, best)) {
                best = left;
            }
            if (right < size && above(right, best)) {
                best = right;
            }
            if (best == i) {
                break;
            }
            swap(i, best);
            i = best;
        }
    }

    private boolean above(int a, int b) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && items[a] < items[b]);
    }

    private void swap(int a, int b) {
        int item = items[a];
        items[a] = items[b];
        items[b] = item;
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
