package org.constellation.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds scenario files: a path to a file, or the name of a file in the project's {@code scenarios/}
 * folder (searched recursively), with or without the {@code .yaml} extension.
 */
public final class ScenarioLibrary {

    /** The default scenario's name. */
    public static final String DEFAULT = "sahel";

    private final Path folder;

    public ScenarioLibrary(Path folder) {
        this.folder = folder;
    }

    /** The library of a Constellation home folder (its {@code scenarios/} subfolder). */
    public static ScenarioLibrary at(Path home) {
        return new ScenarioLibrary(home.resolve("scenarios"));
    }

    /** The folder searched. */
    public Path folder() {
        return folder;
    }

    /**
     * Resolves a name or path.
     *
     * @throws ScenarioException if nothing matches, listing the scenarios available
     */
    public Path resolve(String nameOrPath) throws ScenarioException {
        Path direct = Path.of(nameOrPath);
        if (Files.isRegularFile(direct)) {
            return direct;
        }
        String file = nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") ? nameOrPath : nameOrPath + ".yaml";
        Path inFolder = folder.resolve(file);
        if (Files.isRegularFile(inFolder)) {
            return inFolder;
        }
        for (Path p : all()) {
            if (p.getFileName().toString().equals(file)) {
                return p;
            }
        }
        throw new ScenarioException(List.of("Unknown scenario '" + nameOrPath + "': no such file, and none of that "
                + "name in " + folder + ". Known: " + names()));
    }

    /** Every scenario file in the library, sorted by path (experiment and calibration files excluded). */
    public List<Path> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !folder.relativize(p).startsWith("experiments"))
                    .filter(p -> !folder.relativize(p).startsWith("calibrations")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Names of the scenarios in the library. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (Path p : all()) {
            String rel = folder.relativize(p).toString();
            out.add(rel.substring(0, rel.length() - ".yaml".length()));
        }
        return out;
    }
}
