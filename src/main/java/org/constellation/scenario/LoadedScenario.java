package org.constellation.scenario;

import java.nio.file.Path;

/**
 * A scenario with where it came from.
 *
 * @param scenario the resolved scenario
 * @param file the file it was read from
 * @param sha256 SHA-256 of the file's bytes, hex
 * @param resolved the resolved document (defaults filled, overrides applied) as a tree of maps and lists
 */
public record LoadedScenario(Scenario scenario, Path file, String sha256, java.util.Map<String, Object> resolved) {
}
