package org.constellation.experiment;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files and folders Constellation keeps only while it writes, always inside the output
 * folder: a file being written ({@code .NAME.PID-N.partial}, or {@code .NAME.PID-T-N.tmp} for a chart)
 * and a run being built ({@code .staging-PID-N}). Each name holds the id of the process that made it,
 * so that the next command to work in the folder removes what a killed process left, and nothing a
 * live one is still writing.
 */
public final class Leftovers {

    private static final Pattern TEMP = Pattern.compile("\\..+\\.(\\d+)-\\d+(?:-\\d+)?\\.(?:partial|tmp)");
    private static final Pattern STAGING = Pattern.compile("\\.staging-(\\d+)-\\d+");
    /** A temporary file of an earlier version, which did not name its process: {@code .NAME.partial}. */
    private static final Pattern UNNAMED = Pattern.compile("\\..+\\.partial");

    private Leftovers() {
    }

    /** A new temporary name beside {@code target}, for this process. */
    public static Path tempFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".partial");
    }

    /** A new staging folder name inside {@code folder}, for this process. */
    static Path stagingIn(Path folder) {
        return folder.resolve(".staging-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    }

    /** Whether a name is one of these temporary files or folders (of any process). */
    public static boolean matches(String name) {
        return TEMP.matcher(name).matches() || STAGING.matcher(name).matches() || UNNAMED.matcher(name).matches();
    }

    /**
     * Removes what killed processes left in {@code folder} and its {@code charts} folder; links are
     * removed themselves, never followed.
     */
    public static void remove(Path folder) throws IOException {
        for (Path dir : List.of(folder, folder.resolve("charts"))) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path p : (Iterable<Path>) entries::iterator) {
                    if (abandoned(p.getFileName().toString())) {
                        deleteTree(p);
                    }
                }
            }
        }
    }

    /**
     * Removes the temporary files that killed processes left beside {@code target} while writing it
     * (for a file written alone, such as an imported scenario), and nothing else in its folder.
     */
    public static void removeBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Pattern mine = Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "\\d+-\\d+\\.partial");
        if (dir == null || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if (mine.matcher(name).matches() && abandoned(name)) {
                    deleteTree(p);
                }
            }
        }
    }

    private static boolean abandoned(String name) {
        for (Pattern p : List.of(TEMP, STAGING)) {
            Matcher m = p.matcher(name);
            if (m.matches()) {
                return !alive(m.group(1));
            }
        }
        return UNNAMED.matcher(name).matches();
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Deletes a file, a link (not what it points to) or a folder and everything in it, if it exists. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
