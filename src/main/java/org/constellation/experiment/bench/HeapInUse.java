package org.constellation.experiment.bench;

/** The heap a benchmark reads after a full collection: what the JVM keeps, not the garbage it makes. */
final class HeapInUse {

    private HeapInUse() {
    }

    /** MiB of heap in use after two full collections. */
    static double afterCollection() {
        System.gc();
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / 1048576.0;
    }
}
