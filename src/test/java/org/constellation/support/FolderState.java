package org.constellation.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything under a folder, hidden entries included, as relative path to content: a file's SHA-256
 * and modification time, a link's target, or "folder". Two snapshots are equal only if nothing was
 * written, appended, replaced, created or deleted in between. Links are recorded, never followed.
 */
public final class FolderState {

    private FolderState() {
    }

    /** The snapshot of {@code root} (empty if it does not exist). */
    public static Map<String, String> of(Path root) throws IOException {
        Map<String, String> state = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return state;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                state.put(root.relativize(p).toString(), describe(p));
            }
        }
        return state;
    }

    private static String describe(Path p) throws IOException {
        if (Files.isSymbolicLink(p)) {
            return "link to " + Files.readSymbolicLink(p);
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return "folder";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
            return HexFormat.of().formatHex(hash) + " " + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
