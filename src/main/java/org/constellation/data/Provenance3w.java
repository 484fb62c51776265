package org.constellation.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.scenario.ScenarioLoader;
import org.constellation.scenario.ScenarioException;

/**
 * The provenance header an importer writes at the top of a file it makes: the command line that
 * regenerates the file byte for byte, each input with its SHA-256 and what was read of it, and the
 * warnings. It holds no date, version or machine, so that the same inputs give the same file.
 */
final class Provenance3w {

    private final List<String> lines = new ArrayList<>();

    Provenance3w(String what, String command) {
        lines.add(what + "; regenerate it with:");
        lines.add("  " + command);
    }

    /** Adds an input file with its hash and a note on what was read of it. */
    Provenance3w input(Path file, String note) throws DataException {
        try {
            lines.add("input " + file + " (sha256 " + ScenarioLoader.sha256(file) + "): " + note);
        } catch (ScenarioException e) {
            throw new DataException(e.problems());
        }
        return this;
    }

    /** Adds a line. */
    Provenance3w line(String text) {
        lines.add(text);
        return this;
    }

    /** Adds the warnings, or says there were none. */
    Provenance3w warnings(List<String> warnings) {
        lines.add(warnings.isEmpty() ? "warnings: none" : "warnings (" + warnings.size() + "):");
        warnings.forEach(w -> lines.add("  " + w));
        return this;
    }

    /** The header as comment lines. */
    String render() {
        return YamlText.comment("", String.join("\n", lines));
    }
}
