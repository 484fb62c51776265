package org.constellation.experiment.sweep;

import java.nio.file.Path;
import org.constellation.scenario.ScenarioTemplate;

/**
 * An experiment with where it came from and its base scenario ready to be varied.
 *
 * @param spec the experiment
 * @param file the experiment file
 * @param sha256 SHA-256 of the experiment file
 * @param text the experiment file's text (kept in the manifest)
 * @param scenarioFile the base scenario file
 * @param scenarioSha256 SHA-256 of the base scenario file
 * @param template the base scenario, read once
 * @param statistics computes the run statistics the experiment keeps ({@link RunStatistics#NONE} if none)
 */
public record LoadedExperiment(ExperimentSpec spec, Path file, String sha256, String text, Path scenarioFile,
        String scenarioSha256, ScenarioTemplate template, RunStatistics statistics) {
}
