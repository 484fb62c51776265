package org.constellation.experiment.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvWriter;
import org.constellation.experiment.PosteriorFile;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioTemplate;
import org.constellation.scenario.schema.KeyPath;
import org.constellation.scenario.schema.ValidatedDocument;
import org.constellation.scenario.schema.ValidationError;

/**
 * An experiment's {@code posterior:} option: replicate r of every design point runs with the values of
 * the particle drawn for r from a calibration's posterior.csv (weighted systematic resampling, seeded by
 * the experiment's seed), so that the spread over replicates is parameter uncertainty as well as seed
 * noise, and replicate r sees the same particle at every point (as it sees the same seed). The particle
 * of each replicate is written to posterior-draws.csv in the sweep's folder.
 */
final class PosteriorDraws {

    static final String FILE = "posterior-draws.csv";
    private static final long STREAM = 0x9E3779B97F4A7C15L;

    private PosteriorDraws() {
    }

    /** The spec with its draws, read from its posterior (a path relative to the experiment file). */
    static ExperimentSpec attach(ExperimentSpec spec, Path file, ValidatedDocument doc, List<ValidationError> errors) {
        if (spec.posterior().isEmpty()) {
            return spec;
        }
        PosteriorFile posterior;
        try {
            posterior = PosteriorFile.read(file.toAbsolutePath().getParent().resolve(spec.posterior()));
        } catch (IOException e) {
            errors.add(doc.errorAt(KeyPath.parse("posterior"), e.getMessage()));
            return spec;
        }
        int[] particles = posterior.draw(spec.replications(), SeedPlan.designSeed(spec.seed()) ^ STREAM);
        List<List<String>> draws = new ArrayList<>();
        for (int p : particles) {
            draws.add(posterior.particleOverrides(p));
        }
        return spec.withDraws(draws);
    }

    /** Tries every particle drawn on the base scenario, so that keys the scenario does not take are reported. */
    static void tryOn(ExperimentSpec spec, ScenarioTemplate template, ValidatedDocument doc,
            List<ValidationError> errors) {
        Set<List<String>> distinct = new LinkedHashSet<>(spec.draws());
        for (List<String> draw : distinct) {
            List<String> overrides = new ArrayList<>(spec.set());
            overrides.addAll(draw);
            try {
                template.instantiate(overrides);
            } catch (ScenarioException e) {
                e.problems().forEach(p -> errors.add(doc.errorAt(KeyPath.parse("posterior"), "a particle of "
                        + spec.posterior() + " does not give a valid scenario: " + p)));
                return;
            }
        }
    }

    /**
     * Refuses to resume a folder whose particles differ from the ones this experiment draws (its posterior.csv
     * changed since the sweep started): runs of different draws must not mix. Reads only.
     */
    static void checkRecorded(Path out, ExperimentSpec spec) throws IOException, SweepException {
        Path file = out.resolve(FILE);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && !Files.readString(file, StandardCharsets.UTF_8).equals(render(spec))) {
            throw new SweepException(out + " was started with other draws from " + spec.posterior() + " (" + FILE
                    + " differs: the posterior changed); its runs would not mix with new ones: run the sweep afresh in "
                    + "another folder");
        }
    }

    /** Writes posterior-draws.csv (replicate, overrides) if the experiment draws from a posterior. */
    static void write(Path out, ExperimentSpec spec) throws IOException {
        Path file = out.resolve(FILE);
        if (spec.draws().isEmpty() || Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        AtomicFile.write(file, render(spec));
    }

    private static String render(ExperimentSpec spec) throws IOException {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text);
        csv.row(List.of("replicate", "overrides"));
        for (int r = 0; r < spec.draws().size(); r++) {
            csv.row(List.of(Integer.toString(r), String.join(PointsFile.SEPARATOR, spec.draws().get(r))));
        }
        csv.flush();
        return text.toString();
    }
}
