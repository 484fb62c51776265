package org.constellation.experiment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written under a temporary name beside its target and moved into place only when complete,
 * so an interrupted run never leaves a half-written file under the final name. The temporary file
 * is new (created exclusively, so never through a symbolic link) and hidden, and its name holds this
 * process's id, so {@link Leftovers} can remove it at the next start if this process is killed.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    private AtomicFile(Path target) throws IOException {
        this.target = target;
        this.temp = Leftovers.tempFor(target);
        this.writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
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

    /** Writes a binary file atomically: {@code content} writes it to the temporary file's stream. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = Leftovers.tempFor(target);
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** What a binary file holds, written to a stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content; the caller closes the stream. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** The writer for the temporary file. */
    public Writer writer() {
        return writer;
    }

    /** Flushes and moves the file into place (replacing the target itself, never what a link points to). */
    public void commit() throws IOException {
        writer.close();
        moveIntoPlace(temp, target);
        committed = true;
    }

    /** Renames a finished file onto its target, atomically where the file system allows. */
    static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
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
