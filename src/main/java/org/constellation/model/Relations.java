package org.constellation.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Working trust between actors, 0-1, directed (how much {@code from} trusts {@code to}). It grows
 * with joint work and is lost when staff rotate (<i>Fit for Purpose</i> ch. 4: coordination is
 * explained "in terms of personal chemistry and trust" and is "very much personality-driven").
 */
public final class Relations implements Serializable {

    private final double[][] trust;

    public Relations(int actors, double initial) {
        trust = new double[actors][actors];
        for (double[] row : trust) {
            Arrays.fill(row, initial);
        }
    }

    /** How much {@code from} trusts {@code to}. */
    public double trust(int from, int to) {
        return trust[from][to];
    }

    /** Sets the trust of {@code from} in {@code to}, clamped to 0-1. */
    public void set(int from, int to, double value) {
        trust[from][to] = Math.max(0, Math.min(1, value));
    }

    /** Joint work: both directions move a share of the way towards full trust. */
    public void jointWork(int a, int b, double gain) {
        set(a, b, trust[a][b] + gain * (1 - trust[a][b]));
        set(b, a, trust[b][a] + gain * (1 - trust[b][a]));
    }

    /** Staff rotation at one actor: every relation it has, both ways, loses a share. */
    public void rotate(int actor, double loss) {
        for (int other = 0; other < trust.length; other++) {
            if (other != actor) {
                trust[actor][other] *= 1 - loss;
                trust[other][actor] *= 1 - loss;
            }
        }
    }

    /** Number of actors. */
    public int size() {
        return trust.length;
    }
}
