package org.constellation.experiment.bench;

import java.util.Arrays;

/**
 * The cost of one point over that of another, from the rounds that measured both: one ratio per
 * round, of two costs measured in the same round, their runs interleaved, so a change of the machine's
 * load touches both sides of a round's ratio alike (a burst shorter than a run still moves it). Their
 * median estimates the ratio better than a ratio of the two points' medians (which may come from
 * different rounds); their range shows how much the machine moved it.
 *
 * @param rounds rounds, one ratio each
 * @param median median of the rounds' ratios (the mean of the middle two of an even count)
 * @param min the smallest round's ratio
 * @param max the largest round's ratio
 */
public record RoundRatio(int rounds, double median, double min, double max) {

    /**
     * The ratios {@code numerator[r] / denominator[r]} of rounds {@code r}, summarised.
     *
     * @throws IllegalArgumentException if the arrays are empty or of different lengths
     */
    public static RoundRatio of(double[] numerator, double[] denominator) {
        if (numerator.length == 0 || numerator.length != denominator.length) {
            throw new IllegalArgumentException("per-round ratios need the same rounds on both sides, had "
                    + numerator.length + " and " + denominator.length);
        }
        double[] ratios = new double[numerator.length];
        for (int r = 0; r < ratios.length; r++) {
            ratios[r] = numerator[r] / denominator[r];
        }
        return new RoundRatio(ratios.length, ScalingBenchmark.median(ratios),
                Arrays.stream(ratios).min().getAsDouble(), Arrays.stream(ratios).max().getAsDouble());
    }
}
