package org.constellation.cli;

import picocli.CommandLine.Option;

/** The {@code --no-charts} option of the commands that finish a sweep. */
final class ChartsOption {

    @Option(names = "--no-charts", description = "Skip the charts (the report is still written).")
    private boolean noCharts;

    /** Whether to draw the charts. */
    boolean charts() {
        return !noCharts;
    }
}
