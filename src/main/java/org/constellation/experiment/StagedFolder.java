package org.constellation.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's results folder, built in a hidden staging folder inside it and put in place only when
 * complete: a run that fails or is killed half-way leaves the folder's earlier contents as they were
 * (and a staging folder that the next run there removes), never anything beside the folder. On
 * {@link #publish()} the earlier run's manifest goes first and the new one comes last, so the folder
 * holds a manifest only when every file it lists is the new run's.
 *
 * <p>The caller checks first that the folder may be replaced (see {@link OutputFolder}); this class
 * replaces only the entries the new run writes and the earlier run's own outputs.
 */
public final class StagedFolder implements AutoCloseable {

    private static final String MANIFEST = "manifest.json";

    private final Path target;
    private final Path staging;
    private final boolean created;
    private boolean published;

    private StagedFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        this.created = !Files.exists(this.target, LinkOption.NOFOLLOW_LINKS);
        Files.createDirectories(this.target);
        Leftovers.remove(this.target);
        this.staging = Files.createDirectory(Leftovers.stagingIn(this.target));
    }

    /** Starts building a folder that will become {@code target} (created if absent). */
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

    /**
     * Puts the new contents in place: the earlier manifest is removed, then the earlier outputs the new
     * run does not write, then each new entry is moved in, the manifest last.
     *
     * @param earlier the names of the earlier run's outputs in the folder (files or folders)
     */
    public void publish(List<String> earlier) throws IOException {
        List<Path> fresh = entries(staging);
        Files.deleteIfExists(target.resolve(MANIFEST));
        for (String name : earlier) {
            if (fresh.stream().noneMatch(p -> p.getFileName().toString().equals(name))) {
                Leftovers.deleteTree(target.resolve(name));
            }
        }
        Path manifest = null;
        for (Path p : fresh) {
            if (p.getFileName().toString().equals(MANIFEST)) {
                manifest = p;
                continue;
            }
            Path destination = target.resolve(p.getFileName().toString());
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Leftovers.deleteTree(destination);
            }
            AtomicFile.moveIntoPlace(p, destination);
        }
        if (manifest != null) {
            AtomicFile.moveIntoPlace(manifest, target.resolve(MANIFEST));
        }
        published = true;
        Leftovers.deleteTree(staging);
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }

    /** Deletes the staging folder unless it was published, and the folder itself if this created it and it is empty. */
    @Override
    public void close() throws IOException {
        if (!published) {
            Leftovers.deleteTree(staging);
            if (created) {
                try (Stream<Path> s = Files.list(target)) {
                    if (s.findAny().isEmpty()) {
                        Files.delete(target);
                    }
                }
            }
        }
    }
}
