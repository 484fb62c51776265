package org.constellation.classroom;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.constellation.experiment.StagedFolder;
import org.constellation.scenario.LoadedScenario;

/**
 * A classroom session served to browsers: created in a new session folder, or resumed from one, and
 * served until closed. What the command line needs: the links to print, and a replay of a session.
 */
public final class Classroom implements AutoCloseable {

    /**
     * What to serve.
     *
     * @param session the session folder (new, or one to resume)
     * @param scenario the scenario (for a new session; null to resume)
     * @param seed the seed, or null for the scenario's
     * @param seats the actors the class plays (for a new session; empty to resume)
     * @param start the first month the class plays (step), or null for 0
     * @param months how many months it plays, or null until the scenario's end
     * @param timerSeconds the timer per month, or null for none
     * @param host the address to listen on
     * @param port the port (0: any free one)
     */
    public record Request(Path session, LoadedScenario scenario, Long seed, List<String> seats, Integer start,
            Integer months, Integer timerSeconds, String host, int port) {
    }

    /**
     * A link to hand out.
     *
     * @param seat the actor id, or null for the teacher's link
     * @param name who it is for
     * @param url the full address
     */
    public record Link(String seat, String name, String url) {
    }

    private final ClassroomSession session;
    private final ClassroomServer server;
    private final String host;
    private final boolean resumed;

    private Classroom(ClassroomSession session, ClassroomServer server, String host, boolean resumed) {
        this.session = session;
        this.server = server;
        this.host = host;
        this.resumed = resumed;
    }

    /** Creates or resumes the session and starts serving it. */
    public static Classroom open(Request r) throws IOException, SessionException {
        boolean resume = SessionFolders.isSession(r.session());
        ClassroomSession session;
        if (resume) {
            SessionFolderCheck.forSession(r.session(), true);
            SessionConfig config = SessionConfig.read(r.session());
            if (r.scenario() != null && !r.scenario().scenario().name().equals(config.scenario())) {
                throw new SessionException("--session " + r.session() + " is a session of " + config.scenario()
                        + ", not " + r.scenario().scenario().name() + ": leave SCENARIO out to resume it");
            }
            if (!r.seats().isEmpty() && !r.seats().equals(config.actors())) {
                throw new SessionException("--session " + r.session() + " has the seats " + config.actors()
                        + ": leave --seats out to resume it");
            }
            if (r.seed() != null || r.start() != null || r.months() != null || r.timerSeconds() != null) {
                throw new SessionException("--seed, --start, --months and --timer were fixed when the session in "
                        + r.session() + " was created; leave them out to resume it");
            }
            session = SessionFolders.open(r.session(), true);
        } else {
            if (r.scenario() == null) {
                throw new SessionException("name a SCENARIO to start a new session in " + r.session());
            }
            int first = r.start() == null ? 0 : r.start();
            int end = r.months() == null ? r.scenario().scenario().steps() : first + r.months();
            session = SessionFolders.create(r.session(), new SessionFolders.NewSession(r.scenario(),
                    r.seed() == null ? r.scenario().scenario().seed() : r.seed(), r.seats(), first, end,
                    r.timerSeconds() == null ? 0 : r.timerSeconds()));
        }
        try {
            session.run().write(r.session().resolve(SessionFolderCheck.RUN));
            return new Classroom(session, ClassroomServer.start(session, r.host(), r.port()), r.host(), resume);
        } catch (IOException | SessionException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** The teacher's link, then one per seat. */
    public List<Link> links() {
        String base = "http://" + shown(host) + ":" + server.port();
        List<Link> out = new ArrayList<>();
        SessionConfig c = session.config();
        out.add(new Link(null, "teacher", base + "/teach/" + c.teacherToken()));
        for (SessionConfig.Seat seat : c.seats()) {
            out.add(new Link(seat.actor(), session.run().model().actor(seat.actor()).name(), base + "/play/"
                    + seat.token()));
        }
        return out;
    }

    /** One line on where the session stands. */
    public String summary() {
        return session.read(s -> {
            SessionConfig c = s.config();
            return (resumed ? "Resumed" : "Started") + " classroom session of " + c.scenario() + " (seed " + c.seed()
                    + "): the class plays months " + (c.firstStep() + 1) + " to " + c.endStep() + "; "
                    + (s.status() == ClassroomSession.Status.FINISHED ? "finished"
                            : "now at month " + (s.run().steps() + 1) + (resumed ? ", paused until the teacher resumes"
                                    : "")) + ". Session folder: " + s.folder();
        });
    }

    /** The port served. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() throws IOException {
        server.close();
        session.close();
    }

    /**
     * Replays a session from its folder (its scenario, seed and logged decisions) into {@code out}, and
     * says whether the replay's {@code timeseries.csv} and {@code who-does-what-where.csv} are identical
     * to the session's own. The replay is built in a staging folder inside {@code out} and put in place
     * when complete; {@code out} must be new, empty, or an earlier replay ({@link SessionFolderCheck#forReplay}).
     *
     * @param out where to write, or null for the session's {@code replay} folder (replaced without asking)
     * @param replace whether an earlier replay in a given {@code out} may be replaced
     * @return one line per file: identical, or where they first differ
     */
    public static List<String> replay(Path folder, Path out, boolean replace) throws IOException, SessionException {
        if (!SessionFolders.isSession(folder)) {
            throw new SessionException("--session " + folder + ": not a session folder (no " + SessionConfig.NAME
                    + ")");
        }
        Path target = out != null ? out : folder.resolve(SessionFolderCheck.REPLAY);
        try (ClassroomSession session = SessionFolders.open(folder, false)) {
            List<String> earlier = SessionFolderCheck.forReplay(folder, target, replace || out == null);
            try (StagedFolder staged = StagedFolder.open(target)) {
                session.run().write(staged.path());
                staged.publish(earlier);
            }
            List<String> lines = new ArrayList<>();
            lines.add("Replayed " + session.book().months().size() + " months of " + folder + " into " + target);
            for (String name : List.of(ClassRun.TIMESERIES, ClassRun.THREE_W)) {
                lines.add(compare(folder.resolve(SessionFolderCheck.RUN).resolve(name), target.resolve(name)));
            }
            return lines;
        }
    }

    private static String compare(Path recorded, Path replayed) throws IOException {
        if (!Files.isRegularFile(recorded)) {
            return recorded + ": missing, nothing to compare";
        }
        List<String> a = Files.readAllLines(recorded);
        List<String> b = Files.readAllLines(replayed);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(end of file)";
            String y = i < b.size() ? b.get(i) : "(end of file)";
            if (!x.equals(y)) {
                return replayed.getFileName() + ": DIFFERS from the session's at line " + (i + 1) + ": " + x + " | "
                        + y;
            }
        }
        return replayed.getFileName() + ": identical to the session's (" + a.size() + " lines)";
    }

    /** A host to print in links: the address given, or this machine's network address when listening on all. */
    private static String shown(String host) {
        if (!host.equals("0.0.0.0") && !host.equals("::")) {
            return host.contains(":") ? "[" + host + "]" : host;
        }
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && n.isUp()) {
                        return a.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            return "localhost";
        }
        return "localhost";
    }

    /** True if the folder holds a session (to resume) rather than nothing yet. */
    public static boolean isSession(Path folder) {
        return SessionFolders.isSession(folder);
    }

    /** True if a replay report says every file is identical. */
    public static boolean identical(List<String> report) {
        return report.stream().skip(1).allMatch(l -> l.contains(": identical"));
    }

    /** The actor ids of a comma-separated list, trimmed, empty entries dropped. */
    public static List<String> seats(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }
}
