package org.constellation.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;
import org.constellation.scenario.schema.YamlMap;
import org.constellation.scenario.schema.YamlReader;

/**
 * The kinds of file {@code validate} knows, and which kind a file is: by its content (the kind whose
 * signature keys it uses most at the top level), else by its folder ({@code scenarios/experiments/}
 * holds experiments, {@code scenarios/calibrations/} calibrations), else a scenario. A new kind is a
 * {@link FileKind}, with its signature keys, folder and check, added to {@link #ALL}.
 */
final class FileKinds {

    /** Every kind, the default (scenario) first. */
    static final List<FileKind> ALL = List.of(ScenarioKind.KIND, ExperimentKind.KIND, CalibrationKind.KIND);

    private FileKinds() {
    }

    /** The kind of a file. */
    static FileKind of(Path file) {
        Set<String> keys = topKeys(file);
        FileKind best = null;
        long most = 0;
        for (FileKind k : ALL) {
            long n = k.signature().stream().filter(keys::contains).count();
            if (n > most) {
                best = k;
                most = n;
            }
        }
        if (best != null) {
            return best;
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        return ALL.stream().filter(k -> !k.folder().isEmpty() && k.folder().equals(folder)).findFirst()
                .orElse(ALL.get(0));
    }

    /** The file's top-level keys; none if it is not a readable YAML mapping (its kind's check says why). */
    static Set<String> topKeys(Path file) {
        return YamlReader.withDefaults().read(file).value().filter(YamlMap.class::isInstance)
                .map(n -> ((YamlMap) n).keys()).orElse(Set.of());
    }

    /**
     * The file a name or path means: a file as given, a scenario of the library, or a file of that name
     * in the folder of another kind (an experiment's name, say).
     *
     * @throws ScenarioException if nothing matches, listing what was looked for
     */
    static Path resolve(ScenarioLibrary library, String nameOrPath) throws ScenarioException {
        try {
            return library.resolve(nameOrPath);
        } catch (ScenarioException notAScenario) {
            String file = nameOrPath.endsWith(".yaml") ? nameOrPath : nameOrPath + ".yaml";
            for (FileKind k : ALL) {
                Path candidate = library.folder().resolve(k.folder()).resolve(file);
                if (!k.folder().isEmpty() && Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
            List<String> problems = new ArrayList<>(notAScenario.problems());
            ALL.stream().filter(k -> !k.folder().isEmpty()).forEach(k -> problems.add("  nor any " + k.name()
                    + " '" + file + "' in " + library.folder().resolve(k.folder())));
            throw new ScenarioException(List.of(String.join(System.lineSeparator(), problems)));
        }
    }

    /**
     * Every file of every kind in the library, scenarios first; a file named {@code NAME.draft.yaml} is work in
     * progress that its folder's README says is not usable yet, and is checked only when named.
     */
    static List<Path> everyFile(ScenarioLibrary library) {
        List<Path> out = new ArrayList<>(library.all());
        for (FileKind k : ALL) {
            Path folder = library.folder().resolve(k.folder());
            if (!k.folder().isEmpty() && Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".draft.yaml"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }
}
