package org.constellation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.constellation.classroom.Classroom;
import org.constellation.classroom.SessionException;
import org.constellation.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code constellation classroom SCENARIO --seats A,B [--port 8080] [--host 127.0.0.1] [--session DIR]}: a
 * class plays the scenario's actors in their browsers; prints the teacher's link and one per seat, and
 * serves until stopped (Ctrl+C). The same command with the same {@code --session} resumes the session.
 */
@Command(name = "classroom", mixinStandardHelpOptions = true,
        description = "Serve a classroom session: students play the seats' actors in their browsers, the teacher runs "
                + "the months; prints the links. Restart with the same --session to resume.")
final class ClassroomCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "A scenario name from scenarios/ or a path to a scenario file (for a new session).")
    private String scenario;

    @Option(names = "--seats", paramLabel = "ACTOR,ACTOR...", description = "The actors the class plays, by id; the "
            + "others stay automated.")
    private String seats;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on, 0 for any free one (default: 8080).")
    private String port = "8080";

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: 127.0.0.1, this "
            + "machine only; 0.0.0.0 for the classroom's network).")
    private String host = "127.0.0.1";

    @Option(names = "--session", paramLabel = "DIR", description = "Session folder: new, or one to resume (default: "
            + "results/classroom-<scenario>-<date>).")
    private Path session;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: the scenario's).")
    private String seed;

    @Option(names = "--start", paramLabel = "STEP", description = "The month (step) the class takes over; the model "
            + "plays the months before it (default: 0).")
    private String start;

    @Option(names = "--months", paramLabel = "N", description = "How many months the class plays (default: to the "
            + "scenario's end).")
    private String months;

    @Option(names = "--timer", paramLabel = "SECONDS", description = "Time each month is open for; then unsubmitted "
            + "seats keep the model's plan (default: none; the teacher can set it on the page).")
    private String timer;

    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE", description = "Override a scenario value for a new "
            + "session, as for run (repeatable), e.g. --set coordination.mechanisms[0]=donor-forum.")
    private List<String> overrides = new java.util.ArrayList<>();

    @Option(names = "--replay", description = "Replay the --session from its decisions into --out and check that the "
            + "results are identical to the session's; serves nothing.")
    private boolean replay;

    @Option(names = "--out", paramLabel = "DIR", description = "Where --replay writes: a new or empty folder, or an "
            + "earlier replay with --replace (default: <session>/replay, replaced without asking).")
    private Path out;

    @Option(names = "--replace", description = "With --replay: replace an earlier replay in --out.")
    private boolean replace;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (replay) {
                return replay(stdout);
            }
            if (session == null && scenario == null) {
                throw new UserError("name a SCENARIO for a new session, or --session DIR to resume one");
            }
            if (!overrides.isEmpty() && (scenario == null || (session != null && Classroom.isSession(session)))) {
                throw new UserError("--set applies to a new session's SCENARIO; a resumed session keeps its own");
            }
            LoadedScenario loaded = scenario == null ? null : Scenarios.load(scenario, overrides);
            Path folder = session != null ? session : Home.path().resolve("results").resolve("classroom-"
                    + loaded.scenario().name() + "-" + LocalDateTime.now().format(
                            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Classroom classroom = Classroom.open(new Classroom.Request(folder, loaded, seed == null ? null
                    : Arguments.seed(seed), Classroom.seats(seats), whole("--start", start, 0),
                    whole("--months", months, 1), whole("--timer", timer, 0), host, port()));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    classroom.close();
                } catch (IOException e) {
                    System.err.println("constellation: could not close the session cleanly: " + e.getMessage());
                }
                stopped.countDown();
            }));
            stdout.println(classroom.summary());
            for (Classroom.Link link : classroom.links()) {
                stdout.printf("  %-28s %s%n", link.seat() == null ? "Teacher:" : link.name() + " (" + link.seat()
                        + "):", link.url());
            }
            stdout.println("Keep the links secret: each one acts for its seat. Stop with Ctrl+C; run the same command "
                    + "with --session " + folder + " to resume.");
            stdout.flush();
            stopped.await();
            return 0;
        } catch (SessionException e) {
            throw new UserError(e.getMessage());
        }
    }

    private int replay(PrintWriter stdout) throws IOException, SessionException {
        if (session == null) {
            throw new UserError("--replay needs --session DIR, the session to replay");
        }
        List<String> report = Classroom.replay(session, out, replace);
        report.forEach(stdout::println);
        return Classroom.identical(report) ? 0 : 1;
    }

    private int port() {
        try {
            int p = Integer.parseInt(port.trim());
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError("--port must be a whole number from 0 (any free port) to 65535, was '" + port + "'");
    }

    private static Integer whole(String option, String text, int min) {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError(option + " must be a whole number of at least " + min + ", was '" + text + "'");
    }
}
