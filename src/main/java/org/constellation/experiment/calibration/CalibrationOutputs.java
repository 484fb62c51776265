package org.constellation.experiment.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvWriter;
import org.constellation.experiment.Numbers;

/**
 * The data outputs of a calibration, all derived from its result, so the same for any number of threads
 * or shards and after any interruption: posterior.csv (the final population), particles.csv (every
 * particle run), generations.csv, posterior-summary.csv ({@link PosteriorSummary}), predictive.csv
 * ({@link PredictiveTable}) and the calibrated scenarios ({@link CalibratedScenarios}). Parameter columns
 * are named by the scenario key each sets, so that a row is a set of {@code --set} overrides.
 */
public final class CalibrationOutputs {

    /** The final population. */
    public static final String POSTERIOR = "posterior.csv";
    /** Every particle run. */
    public static final String PARTICLES = "particles.csv";
    /** What each generation did. */
    public static final String GENERATIONS = "generations.csv";

    private CalibrationOutputs() {
    }

    /** Writes every data output into {@code out}; returns their names. */
    static List<String> write(Path out, LoadedCalibration calibration, CalibrationResult result,
            PredictiveCheck predictive) throws IOException {
        CalibrationSpec spec = calibration.spec();
        List<String> written = new ArrayList<>();
        posterior(out.resolve(POSTERIOR), spec, result.posterior());
        written.add(POSTERIOR);
        particles(out.resolve(PARTICLES), spec, result.particles());
        written.add(PARTICLES);
        generations(out.resolve(GENERATIONS), result.generations());
        written.add(GENERATIONS);
        PosteriorSummary.write(out.resolve(PosteriorSummary.FILE), spec, result);
        written.add(PosteriorSummary.FILE);
        PredictiveTable.write(out.resolve(PredictiveTable.FILE), spec, result.prior(), predictive);
        written.add(PredictiveTable.FILE);
        written.addAll(CalibratedScenarios.write(out, calibration, result.posterior()));
        return written;
    }

    private static void posterior(Path file, CalibrationSpec spec, Population p) throws IOException {
        List<String> header = new ArrayList<>(List.of("particle", "generation", "weight", "distance"));
        spec.parameters().forEach(x -> header.add(x.path()));
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            csv.row(header);
            for (int i = 0; i < p.size(); i++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(i), Integer.toString(p.generation()),
                        Numbers.format(p.weights()[i]), cell(p.distances()[i])));
                for (double v : p.values()[i]) {
                    row.add(Numbers.format(v));
                }
                csv.row(row);
            }
            csv.flush();
            f.commit();
        }
    }

    private static void particles(Path file, CalibrationSpec spec, List<Evaluated> particles) throws IOException {
        List<String> header = new ArrayList<>(List.of("generation", "batch", "proposal", "accepted", "distance"));
        spec.parameters().forEach(x -> header.add(x.path()));
        spec.targets().forEach(t -> header.add(t.name()));
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            csv.row(header);
            for (Evaluated e : particles) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(e.generation()), Integer.toString(e.batch()),
                        Integer.toString(e.index()), e.accepted() ? "1" : "0", cell(e.distance())));
                for (double v : e.values()) {
                    row.add(Numbers.format(v));
                }
                for (double v : e.statistics()) {
                    row.add(cell(v));
                }
                csv.row(row);
            }
            csv.flush();
            f.commit();
        }
    }

    private static void generations(Path file, List<GenerationRecord> generations) throws IOException {
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            csv.row(List.of("generation", "tolerance", "proposed", "accepted", "acceptance_rate", "population", "ess",
                    "batches", "runs", "complete"));
            for (GenerationRecord g : generations) {
                csv.row(List.of(Integer.toString(g.generation()), cell(g.tolerance()), Long.toString(g.proposed()),
                        Long.toString(g.accepted()), cell(g.acceptanceRate()), Integer.toString(g.population()),
                        cell(g.ess()), Integer.toString(g.batches()), Long.toString(g.runs()), g.complete() ? "1" : "0"));
            }
            csv.flush();
            f.commit();
        }
    }

    /** A number as a CSV field: empty when it is not finite (no tolerance, undefined statistic). */
    static String cell(double v) {
        return Double.isFinite(v) ? Numbers.format(v) : "";
    }
}
