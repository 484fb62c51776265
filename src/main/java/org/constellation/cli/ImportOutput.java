package org.constellation.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Predicate;
import org.constellation.experiment.Leftovers;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLoader;

/**
 * What the import commands share: the command line they record, the check of --out before anything
 * is read, and a checked, atomic write of a scenario. An import writes one file, --out, and replaces
 * it only if it is an earlier output of the same import (or, for geo-pko, the base scenario edited in
 * place); never through a symbolic link. Its temporary file is hidden beside --out and removed, even
 * after a kill, by the next import to the same file.
 */
final class ImportOutput {

    /** How much of an existing --out is read to recognise an import's earlier output. */
    private static final int RECOGNISED_BYTES = 1 << 16;

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

    /**
     * Checks --out before an import: a .yaml file name, not a symbolic link nor anything but a file, and,
     * if it exists, replaceable: {@code inPlace} (the import edits it) or an earlier output of the import,
     * as {@code earlier} recognises from its text. Writes nothing.
     *
     * @param what the import, for the message ("import 3w")
     * @param hint what else the user may do, appended to a refusal (may be empty)
     */
    static void checkTarget(Path out, boolean inPlace, Predicate<String> earlier, String what, String hint) {
        String file = out.getFileName() == null ? "" : out.getFileName().toString();
        if (!file.endsWith(".yaml") && !file.endsWith(".yml")) {
            throw new UserError("--out " + out + " must name a .yaml file");
        }
        if (Files.isSymbolicLink(out)) {
            throw new UserError("--out " + out + " is a symbolic link; Constellation never writes through links: give "
                    + "the file it points to, or another name");
        }
        if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserError("--out " + out + " is a folder; give a file name");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new UserError("--out " + out + ": " + parent + " is not a folder");
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) || inPlace) {
            return;
        }
        if (!Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS) || !earlier.test(start(out))) {
            throw new UserError("--out " + out + " already exists and is not a scenario written by " + what
                    + "; Constellation replaces only the files it wrote: choose another name, or move it away" + hint);
        }
    }

    /** The start of a file's text (enough to recognise an import's header), or "" if it cannot be read. */
    private static String start(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return new String(in.readNBytes(RECOGNISED_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("--out " + file + " cannot be read: " + Arguments.reason(e));
        }
    }

    /** Writes an import's scenario, prints its warnings and a one-line account. */
    static void finish(Path out, String yaml, java.util.List<String> warnings, String summary,
            picocli.CommandLine.Model.CommandSpec spec) throws IOException {
        write(out, yaml);
        warnings.forEach(w -> spec.commandLine().getErr().println("constellation: warning: " + w));
        spec.commandLine().getOut().println("Wrote " + out + ": " + summary);
    }

    /**
     * Writes the scenario to a new hidden file beside its target, checks that it loads, then moves it into
     * place (replacing the target itself, never what a link points to).
     */
    static void write(Path out, String yaml) throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = Leftovers.tempFor(target);
        try {
            Files.createDirectories(target.getParent());
            Leftovers.removeBeside(target);
            Files.writeString(temp, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            ScenarioLoader.load(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the scenario made for " + out + " does not load: "
                    + String.join("; ", e.problems()));
        } catch (IOException e) {
            throw new UserError("--out " + out + " cannot be written: " + Arguments.reason(e));
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
