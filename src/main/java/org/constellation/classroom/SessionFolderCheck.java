package org.constellation.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.constellation.experiment.Leftovers;
import org.constellation.experiment.OutputFolder;

/**
 * The rules every Constellation command keeps for the folders it writes ({@link OutputFolder}), for a
 * classroom session's folder and a replay's: a new session goes only in a folder that is absent or empty
 * (but for what a killed process left); an existing one is opened only if nothing Constellation writes there
 * is a symbolic link or something other than its own kind of entry; a replay replaces only an earlier
 * replay, and only when asked. Nothing is ever written through a link or over what is not Constellation's.
 */
final class SessionFolderCheck {

    /** The folder of the class's run, in a session folder. */
    static final String RUN = "run";

    /** The folder of the automated baseline, in a session folder. */
    static final String BASELINE = "baseline";

    /** The folder a replay writes to by default, in a session folder. */
    static final String REPLAY = "replay";

    /** The files a session folder holds. */
    private static final Set<String> FILES = Set.of(SessionConfig.NAME, SessionLog.NAME);

    /** The folders a session folder holds (the class's run, the automated run, the default replay). */
    private static final Set<String> FOLDERS = Set.of(RUN, BASELINE, REPLAY);

    /** What a replay writes. */
    private static final Set<String> REPLAY_FILES = Set.of(ClassRun.TIMESERIES, ClassRun.THREE_W);

    private SessionFolderCheck() {
    }

    /** True if the folder holds a session (its {@code session.json}, whatever it is: checked on opening). */
    static boolean isSession(Path folder) {
        return Files.exists(folder.resolve(SessionConfig.NAME), LinkOption.NOFOLLOW_LINKS);
    }

    /** Checks that a new session may be created in {@code folder}: absent, or empty but for leftovers. */
    static void forNewSession(Path folder) throws IOException, SessionException {
        OutputFolder f = inspect(folder, "--session");
        switch (f.kind()) {
            case NONE -> {
                return;
            }
            case RUN, SWEEP -> throw new SessionException("--session " + folder + " holds a " + (f.kind()
                    == OutputFolder.Kind.RUN ? "run's" : "sweep's") + " results (" + OutputFolder.names(f.entries())
                    + "); a classroom session is written in a folder of its own: choose a new or empty folder");
            default -> throw new SessionException("--session " + folder + " exists and is not a session folder (it "
                    + "holds " + OutputFolder.names(f.entries()) + ", and no " + SessionConfig.NAME + "): choose a new "
                    + "or empty folder");
        }
    }

    /**
     * Checks an existing session folder before it is opened: the folder, its files and its folders (and what
     * they hold) are no symbolic links, each of its own kind. If the session will be written ({@code writes}),
     * removes what a killed server left half-written in its run folders.
     */
    static void forSession(Path folder, boolean writes) throws IOException, SessionException {
        if (Files.isSymbolicLink(folder)) {
            throw refusal(folder, "--session " + folder + " is a symbolic link");
        }
        for (String name : FILES) {
            Path p = folder.resolve(name);
            if (Files.isSymbolicLink(p) || Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                throw refusal(folder, p + (Files.isSymbolicLink(p) ? " is a symbolic link" : " is not a file"));
            }
        }
        for (String name : FOLDERS) {
            Path p = folder.resolve(name);
            if (Files.isSymbolicLink(p) || Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw refusal(folder, p + (Files.isSymbolicLink(p) ? " is a symbolic link" : " is not a folder"));
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> entries = Files.list(p)) {
                    for (Path e : (Iterable<Path>) entries.sorted()::iterator) {
                        if (Files.isSymbolicLink(e)) {
                            throw refusal(folder, e + " is a symbolic link");
                        }
                    }
                }
                if (writes) {
                    Leftovers.remove(p);
                }
            }
        }
    }

    /**
     * Checks that a replay of the session in {@code session} may write to {@code out}: not the session's own
     * folder or run folders; absent, empty, or an earlier replay holding nothing else, which it replaces only
     * if {@code asked}.
     *
     * @return the earlier replay's entries, which the new one replaces
     */
    static List<String> forReplay(Path session, Path out, boolean asked) throws IOException, SessionException {
        Path s = session.toAbsolutePath().normalize();
        Path o = out.toAbsolutePath().normalize();
        if (o.equals(s) || o.startsWith(s.resolve(RUN)) || o.startsWith(s.resolve(BASELINE))) {
            throw new SessionException("--out " + out + " is the session's own folder: a replay is written beside "
                    + "what it checks, by default in " + session.resolve(REPLAY) + "; choose another --out");
        }
        OutputFolder f = inspect(out, "--out");
        switch (f.kind()) {
            case NONE -> {
                return List.of();
            }
            case RUN, SWEEP -> throw new SessionException("--out " + out + " holds a " + (f.kind()
                    == OutputFolder.Kind.RUN ? "run's" : "sweep's") + " results (" + OutputFolder.names(f.entries())
                    + "); a replay is written in a folder of its own: choose another --out");
            default -> {
                if (!f.entries().contains(ClassRun.TIMESERIES) || !REPLAY_FILES.containsAll(f.entries())) {
                    throw new SessionException("--out " + out + " is not a replay's folder (it holds "
                            + OutputFolder.names(f.entries()) + "); choose a new or empty folder");
                }
                for (String e : f.entries()) {
                    if (!Files.isRegularFile(out.resolve(e), LinkOption.NOFOLLOW_LINKS)) {
                        throw refusal(out, out.resolve(e) + " is not a file");
                    }
                }
                if (!asked) {
                    throw new SessionException("--out " + out + " holds an earlier replay; add --replace to replace "
                            + "it, or choose another folder");
                }
                return f.entries();
            }
        }
    }

    private static OutputFolder inspect(Path folder, String option) throws IOException, SessionException {
        OutputFolder f = OutputFolder.inspect(folder);
        if (f.refusal(option).isPresent()) {
            throw new SessionException(f.refusal(option).get());
        }
        return f;
    }

    private static SessionException refusal(Path folder, String what) {
        return new SessionException(what + "; Constellation never writes through links or over what is not its own "
                + "file, so it will not work in " + folder + ": fix that, or choose another folder");
    }
}
