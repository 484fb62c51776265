package org.constellation.experiment.bench;

import java.io.IOException;

/** Where the scaling benchmark's points run: all in this JVM, or each in a JVM of its own. */
interface PointRunner extends AutoCloseable {

    /**
     * A point's unmeasured warm-up.
     *
     * @param costMillis the processor time and collector pauses of its last warm-up run
     * @param keptMegabytes heap in use after a full collection while a finished model of the point is held
     */
    record WarmUp(double costMillis, double keptMegabytes) {
    }

    /**
     * One measured run.
     *
     * @param costMillis processor time of the run's thread and collector pauses
     * @param wallMillis elapsed time
     * @param seed the run's seed
     * @param outputs a hash of the run's last row of metrics
     */
    record TimedRun(double costMillis, double wallMillis, long seed, int outputs) {
    }

    /** Warms a point (by index) up, unmeasured. */
    WarmUp warmUp(int point) throws IOException;

    /** Runs one replicate of a point, timed. */
    TimedRun run(int point, long replicate) throws IOException;

    @Override
    void close() throws IOException;
}
