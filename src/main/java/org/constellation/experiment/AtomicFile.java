package org.constellation.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name beside its target and moved into place only when complete,
 * so an interrupted run never leaves a half-written file under the final name.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    private AtomicFile(Path target) throws IOException {
        this.target = target;
        this.temp = target.resolveSibling("." + target.getFileName() + ".partial");
        this.writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    }

    /** Opens a file for writing; nothing appears under {@code target} until {@link #commit()}. */
    public static AtomicFile open(Path target) throws IOException {
        return new AtomicFile(target);
    }

    /** Writes a whole text file atomically. */
    public static void write(Path target, String content) throws IOException {
        try (AtomicFile f = open(target)) {
            f.writer().write(content);
            f.commit();
        }
    }

    /** The writer for the temporary file. */
    public Writer writer() {
        return writer;
    }

    /** Flushes, syncs and moves the file into place. */
    public void commit() throws IOException {
        writer.close();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Discards the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temp);
        }
    }
}
