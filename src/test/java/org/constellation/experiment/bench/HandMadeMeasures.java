package org.constellation.experiment.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Measures made by hand, with chosen milliseconds per round, for tests of what is computed and shown from them. */
public final class HandMadeMeasures {

    private HandMadeMeasures() {
    }

    /** A point of a series (40 actors' shape otherwise) measured in rounds of two runs, costing {@code roundMs}. */
    public static ScalingBenchmark.Measure measure(String series, int x, double... roundMs) {
        List<ScalingBenchmark.Round> rounds = new ArrayList<>();
        for (double ms : roundMs) {
            rounds.add(new ScalingBenchmark.Round(List.of(1L, 2L), ms, ms * 2, List.of(7, 8)));
        }
        ScalingPoint point = new ScalingPoint(series, x,
                new GeneratedConstellation(ScalingPoint.COUNTRIES, 4, 40, 6, 5, ScalingPoint.STEPS));
        Path file = Path.of("scenarios", point.name() + ".yaml").toAbsolutePath();
        return new ScalingBenchmark.Measure(point, file, 2, rounds, 10);
    }

    /** A result of these measures, with no exponents. */
    public static ScalingBenchmark.Result result(ScalingBenchmark.Measure... measures) {
        return new ScalingBenchmark.Result(List.of(measures), Map.of());
    }
}
