package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.experiment.sweep.ExperimentSpec;
import org.constellation.experiment.sweep.RunPlan;
import org.constellation.experiment.sweep.SweepAnalysis;
import org.constellation.experiment.sweep.SweepOutputs;

/**
 * What follows the runs of a sweep, in two parts: {@link #derive} the data files (time series,
 * summary, sensitivity indices) from runs.csv, then {@link #present} them as charts and report.html,
 * which read manifest.json for the provenance they show.
 */
final class SweepFinisher {

    private SweepFinisher() {
    }

    /** The names of the recorded outputs: runs, points, the counterfactual runs and the time series if any. */
    static List<String> recorded(Path out) {
        List<String> outputs = new ArrayList<>(List.of("runs.csv", "points.csv"));
        if (Files.exists(out.resolve("counterfactual-runs.csv"))) {
            outputs.add("counterfactual-runs.csv");
        }
        if (Files.exists(out.resolve("timeseries.csv.gz"))) {
            outputs.add("timeseries.csv.gz");
        }
        return outputs;
    }

    /** Writes the time series, summary and analysis files; returns the names of every data output. */
    static List<String> derive(Path out, ExperimentSpec spec, RunPlan plan) throws IOException {
        List<String> written = rewrite(out, spec, plan);
        List<String> outputs = recorded(out);
        written.stream().filter(f -> !outputs.contains(f)).forEach(outputs::add);
        return outputs;
    }

    /**
     * Writes the time series (if the sweep left it uncompressed), summary and analysis files; returns the
     * names of the files it wrote, and only those.
     */
    static List<String> rewrite(Path out, ExperimentSpec spec, RunPlan plan) throws IOException {
        List<String> written = new ArrayList<>();
        if (SweepOutputs.compressTimeseries(out)) {
            written.add("timeseries.csv.gz");
        }
        SweepOutputs.summarize(out, spec);
        written.add("summary.csv");
        for (Path p : SweepAnalysis.analyze(out, spec, plan)) {
            written.add(p.getFileName().toString());
        }
        return written;
    }

    /** The names {@link #present} writes. */
    static List<String> presented(boolean charts) {
        return charts ? List.of("charts/", SweepReport.FILE) : List.of(SweepReport.FILE);
    }

    /** Writes the charts (if asked) and the report; returns how many charts. */
    static int present(Path out, ExperimentSpec spec, RunPlan plan, boolean charts) throws IOException {
        int written = charts ? SweepCharts.write(out, spec, plan) : 0;
        SweepReport.write(out, spec, plan);
        return written;
    }
}
