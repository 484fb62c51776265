package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLoader;

/** What the import commands share: the command line they record, and a checked, atomic write of a scenario. */
final class ImportOutput {

    private ImportOutput() {
    }

    /** The command line as typed, from the parsed arguments (written into the file's header). */
    static String command(picocli.CommandLine.Model.CommandSpec spec) {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        StringBuilder b = new StringBuilder("./constellation");
        args.forEach(a -> b.append(' ').append(a.matches("[A-Za-z0-9_./=:+,@%-]+") ? a
                : "'" + a.replace("'", "'\\''") + "'"));
        return b.toString();
    }

    /** Checks that --out can be written: a .yaml file name in an existing or creatable folder. */
    static void checkTarget(Path out) {
        String file = out.getFileName() == null ? "" : out.getFileName().toString();
        if (!file.endsWith(".yaml") && !file.endsWith(".yml")) {
            throw new UserError("--out " + out + " must name a .yaml file");
        }
        if (Files.isDirectory(out)) {
            throw new UserError("--out " + out + " is a folder; give a file name");
        }
        Path parent = out.toAbsolutePath().getParent();
        Arguments.writableFolder(parent, "--out");
    }

    /** Writes an import's scenario, prints its warnings and a one-line account. */
    static void finish(Path out, String yaml, java.util.List<String> warnings, String summary,
            picocli.CommandLine.Model.CommandSpec spec) throws IOException {
        write(out, yaml);
        warnings.forEach(w -> spec.commandLine().getErr().println("constellation: warning: " + w));
        spec.commandLine().getOut().println("Wrote " + out + ": " + summary);
    }

    /** Writes the scenario beside its target, checks that it loads, then moves it into place. */
    static void write(Path out, String yaml) throws IOException {
        Path temp = out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".partial.yaml");
        try {
            Files.writeString(temp, yaml);
            ScenarioLoader.load(temp);
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the scenario made for " + out + " does not load: "
                    + String.join("; ", e.problems()));
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
