package org.constellation.experiment.calibration;

import java.nio.file.Path;
import java.util.Map;

/**
 * A calibration with where it came from and its base scenarios resolved.
 *
 * @param spec the calibration
 * @param file the calibration file
 * @param sha256 SHA-256 of the file
 * @param text the file's text (copied into the output folder)
 * @param scenarios each base scenario's file and hash, by name
 */
public record LoadedCalibration(CalibrationSpec spec, Path file, String sha256, String text,
        Map<String, ScenarioFile> scenarios) {

    public LoadedCalibration {
        scenarios = Map.copyOf(scenarios);
    }

    /**
     * A base scenario's file.
     *
     * @param file the scenario file
     * @param sha256 its SHA-256
     * @param steps steps per run (the calibration's, or the scenario's)
     */
    public record ScenarioFile(Path file, String sha256, int steps) {
    }
}
