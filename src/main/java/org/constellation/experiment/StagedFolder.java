package org.constellation.experiment;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A results folder built under a temporary name beside its target and put in place only when
 * complete, so that a run that fails or is killed half-way leaves no half-written results folder
 * (and an earlier complete one under the same name stays intact until the new one replaces it).
 */
public final class StagedFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean published;

    private StagedFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.staging = Files.createDirectory(parent.resolve(uniqueSibling("partial")));
    }

    /** Starts building a folder that will become {@code target}. */
    public static StagedFolder open(Path target) throws IOException {
        return new StagedFolder(target);
    }

    /** Where to write the folder's contents meanwhile. */
    public Path path() {
        return staging;
    }

    /** The final location. */
    public Path target() {
        return target;
    }

    /** Puts the folder in place, replacing any earlier folder of that name. */
    public void publish() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.getParent().resolve(uniqueSibling("old"));
            move(target, old);
        }
        move(staging, target);
        published = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** A hidden name beside the target, unique to this process, thread and instant. */
    private String uniqueSibling(String what) {
        return "." + target.getFileName() + "." + what + "-" + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + "-" + System.nanoTime();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes the staging folder unless it was published. */
    @Override
    public void close() throws IOException {
        if (!published) {
            deleteTree(staging);
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
