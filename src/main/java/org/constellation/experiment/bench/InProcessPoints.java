package org.constellation.experiment.bench;

import java.util.List;
import org.constellation.scenario.LoadedScenario;

/** Every point in this JVM: one warm-up run each, the compiled code shared by all of them. */
final class InProcessPoints implements PointRunner {

    private final List<PointRuns> points;

    InProcessPoints(List<LoadedScenario> scenarios) {
        points = scenarios.stream().map(PointRuns::new).toList();
    }

    @Override
    public WarmUp warmUp(int point) {
        return points.get(point).warmUp(1, 0);
    }

    @Override
    public TimedRun run(int point, long replicate) {
        return points.get(point).timed(replicate);
    }

    @Override
    public void close() {
        // nothing to release: the runs are this JVM's
    }
}
