package org.constellation.cli;

import org.constellation.experiment.SingleRun;

/** Draws the charts of a single run into its {@code charts/} folder. */
final class RunCharts {

    private RunCharts() {
    }

    /** Writes the charts and returns how many. */
    static int write(SingleRun.Result result) {
        return 0;
    }
}
