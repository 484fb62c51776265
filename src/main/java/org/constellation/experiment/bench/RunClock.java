package org.constellation.experiment.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Wall time, this thread's processor time and the collector's pause time since it was made. */
final class RunClock {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long wall = System.nanoTime();
    private final long cpu = threads.getCurrentThreadCpuTime();
    private final long gc = collectorMillis();

    double wallMillis() {
        return (System.nanoTime() - wall) / 1e6;
    }

    /** Processor time and collector pauses, or wall time where the JVM cannot tell processor time. */
    double costMillis() {
        long now = threads.getCurrentThreadCpuTime();
        if (cpu < 0 || now < 0) {
            return wallMillis();
        }
        return (now - cpu) / 1e6 + (collectorMillis() - gc);
    }

    private static long collectorMillis() {
        long total = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, bean.getCollectionTime());
        }
        return total;
    }
}
