package org.constellation.charts;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Write-to-temporary-then-rename helpers, so a reader never sees a half-written file. */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes one encoding to a new hidden temporary sibling of {@code target} (see
     * {@link #tempFor}) and returns it; on failure the temporary file is deleted and the
     * IOException names {@code target}.
     */
    static Path writeTemp(Path target, Encoder encoder) throws IOException {
        Path temp = tempFor(target);
        OutputStream created;
        try {
            created = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw failure(target, e);
        }
        boolean written = false;
        try {
            try (OutputStream out = new BufferedOutputStream(created)) {
                encoder.write(out);
            }
            written = true;
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            if (!written) {
                deleteQuietly(temp);
            }
        }
        return temp;
    }

    /**
     * A hidden sibling of {@code target} named after this process, thread and instant, so that two
     * writers never share one. It is created with CREATE_NEW (never clobbering another file) and the
     * usual permissions, unlike {@code Files.createTempFile} whose owner-only permissions the final
     * move would keep.
     */
    private static Path tempFor(Path target) {
        String suffix = ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + "-" + System.nanoTime();
        return target.resolveSibling("." + target.getFileName() + "." + suffix + ".tmp");
    }

    /** Atomically renames {@code temp} to {@code target}, replacing it; errors name the target. */
    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** An IOException naming the file that could not be written. */
    static IOException failure(Path target, IOException cause) {
        return new IOException("cannot write chart file " + target + ": " + cause, cause);
    }

    /** Deletes a temporary file if it exists, ignoring errors; null is ignored. */
    static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: the temporary file is hidden and never mistaken for a chart
        }
    }

    /** One encoding of the chart onto a byte stream. */
    @FunctionalInterface
    interface Encoder {
        /** Writes the encoded chart to {@code out}, which the caller closes. */
        void write(OutputStream out) throws IOException;
    }
}
