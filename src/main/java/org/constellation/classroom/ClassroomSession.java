package org.constellation.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.constellation.scenario.Scenario;

/**
 * A class playing a scenario: the run, month by month; the seats' submissions for the month open; the
 * teacher's controls (start, pause, timer, advance, reveal, end). A month resolves when every seat with
 * something to decide has submitted, when the teacher's timer runs out or when the teacher advances it;
 * a seat that has not submitted then keeps the model's own plan and sharing for the month. Every
 * decision is appended to the session's log before it takes effect, so a session restarted on its folder
 * replays the log and stands where it stood (paused, if it was running), with no decision lost.
 * Thread-safe: every change holds the session's lock.
 */
final class ClassroomSession implements AutoCloseable {

    /** Where the session stands. */
    enum Status { WAITING, OPEN, PAUSED, FINISHED }

    private final Path folder;
    private final SessionConfig config;
    private final Scenario scenario;
    private final Seats seats;
    private final ClassRun run;
    private final Baseline baseline;
    private final SessionLog log;
    private final MonthClock clock = new MonthClock();
    private final MonthBook book;
    private Status status = Status.WAITING;
    private boolean revealed;
    private boolean restarted;
    private int timerSeconds;
    private long version;
    private LongConsumer onChange = v -> { };

    private ClassroomSession(Path folder, SessionConfig config, Scenario scenario, SessionLog log)
            throws SessionException {
        this.folder = folder;
        this.config = config;
        this.scenario = scenario;
        this.log = log;
        this.run = new ClassRun(scenario, config.seed());
        this.seats = Seats.of(config, run.model(), folder.resolve(SessionConfig.NAME));
        this.baseline = new Baseline(scenario, config.seed(), config.endStep(),
                folder.resolve(SessionFolderCheck.BASELINE));
        this.timerSeconds = config.timerSeconds();
        run.advanceAutomated(config.firstStep());
        book = new MonthBook(run, seats, config.endStep());
    }

    /** Opens a session folder written by {@link SessionFolders}: replays its log; with a log to append to if asked. */
    static ClassroomSession open(Path folder, SessionConfig config, Scenario scenario, boolean appendable)
            throws IOException, SessionException {
        List<Map<String, Object>> events = SessionLog.read(folder);
        SessionLog log = appendable ? SessionLog.open(folder) : null;
        ClassroomSession s = null;
        try {
            s = new ClassroomSession(folder, config, scenario, log);
            s.replay(events);
            return s;
        } catch (SessionException | RuntimeException e) {
            if (s != null) {
                s.close();
            } else if (log != null) {
                log.close();
            }
            throw e;
        }
    }

    // ----- what players and the teacher do -----

    /** A player's submission for its seat. Nothing is taken unless every check passes. */
    synchronized Reply submit(int actor, JsonNode body) throws IOException {
        if (status != Status.OPEN) {
            return Reply.refused(409, switch (status) {
                case WAITING -> "the teacher has not started the session yet";
                case PAUSED -> "the session is paused: wait for the teacher";
                default -> "the session has ended";
            });
        }
        int step = run.steps();
        SubmissionCheck.Outcome outcome = SubmissionCheck.check(body, book.brief(actor), run.model(), step);
        if (!outcome.accepted()) {
            return new Reply(400, "nothing was submitted: fix the fields below", outcome.problems());
        }
        Map<String, Object> event = event("submit");
        event.put("seat", seats.id(actor));
        event.putAll(ChoiceJson.encode(outcome.choice(), run.model()));
        event.put("at", Instant.now().toString());
        log.append(event);
        book.submit(actor, outcome.choice());
        if (book.complete()) {
            resolve("all submitted");
        }
        changed();
        return Reply.ok("submitted for month " + (step + 1));
    }

    /** Opens the first month for decisions. */
    synchronized void start() throws IOException {
        require(status == Status.WAITING, "the session has already started");
        record("start");
        status = Status.OPEN;
        arm();
        changed();
    }

    /** Stops the clock; submissions wait. */
    synchronized void pause() throws IOException {
        require(status == Status.OPEN, "only a running session can be paused");
        record("pause");
        clock.pause();
        status = Status.PAUSED;
        changed();
    }

    /** Runs the clock again, with the time that was left. */
    synchronized void resume() throws IOException {
        require(status == Status.PAUSED, "only a paused session can be resumed");
        record("resume");
        status = Status.OPEN;
        restarted = false;
        arm();
        changed();
    }

    /** Sets the time each month is open for (0: no timer); the month open now starts again with it. */
    synchronized void timer(int seconds) throws IOException {
        if (seconds < 0 || seconds > 24 * 3600) {
            throw new IllegalArgumentException("a timer is 0 (none) to 86400 seconds, was " + seconds);
        }
        require(status != Status.FINISHED, "the session has ended");
        Map<String, Object> e = event("timer");
        e.put("seconds", seconds);
        log.append(e);
        timerSeconds = seconds;
        clock.reset();
        arm();
        changed();
    }

    /** Resolves the month now: seats that have not submitted keep the model's own choices. */
    synchronized void advance() throws IOException {
        require(status != Status.FINISHED, "the session has ended");
        if (status == Status.WAITING) {
            start();
        }
        resolve("teacher");
        changed();
    }

    /** Shows (or hides) the true needs on every player's page. */
    synchronized void reveal(boolean on) throws IOException {
        Map<String, Object> e = event("reveal");
        e.put("on", on);
        log.append(e);
        revealed = on;
        changed();
    }

    /** Ends the session: no more months; the debrief compares what was played. */
    synchronized void end() throws IOException {
        require(status != Status.FINISHED, "the session has already ended");
        record("end");
        finish();
        changed();
    }

    // ----- months -----

    private void resolve(String reason) throws IOException {
        Map<String, Object> e = event("resolve");
        e.put("reason", reason);
        e.put("fallback", book.fallback().stream().map(seats::id).toList());
        log.append(e);
        applyMonth(reason);
        run.write(folder.resolve(SessionFolderCheck.RUN));
        arm();
    }

    private void applyMonth(String reason) {
        clock.reset();
        if (book.resolve(reason)) {
            finish();
        }
    }

    private void finish() {
        status = Status.FINISHED;
        book.close();
        clock.cancel();
    }

    private void replay(List<Map<String, Object>> events) throws SessionException {
        String file = folder.resolve(SessionLog.NAME).toString();
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> e = events.get(i);
            String where = file + ", line " + (i + 1);
            String kind = (String) e.get("event");
            if (!(e.get("step") instanceof Integer step) || step != run.steps()) {
                throw new SessionException(where + ": event for step " + e.get("step") + " while the session was at "
                        + "step " + run.steps() + " (the log is not this session's, or was edited)");
            }
            try {
                apply(kind, e, where);
            } catch (ClassCastException | NullPointerException x) {
                throw new SessionException(where + ": not a readable '" + kind + "' event (" + x.getMessage() + ")");
            }
        }
        if (status == Status.OPEN) {
            status = Status.PAUSED;
            restarted = true;
        }
    }

    private void apply(String kind, Map<String, Object> e, String where) throws SessionException {
        switch (kind) {
            case "start", "resume" -> status = Status.OPEN;
            case "pause" -> status = Status.PAUSED;
            case "end" -> finish();
            case "timer" -> timerSeconds = ((Number) e.get("seconds")).intValue();
            case "reveal" -> revealed = Boolean.TRUE.equals(e.get("on"));
            case "submit" -> book.submit(seats.index(e.get("seat"), where), ChoiceJson.decode(e, run.model(), where));
            case "resolve" -> applyMonth((String) e.get("reason"));
            default -> throw new SessionException(where + ": unknown event '" + kind + "'");
        }
    }

    // ----- the clock -----

    private void arm() {
        if (status != Status.OPEN || timerSeconds <= 0) {
            clock.cancel();
            return;
        }
        int step = run.steps();
        clock.start(timerSeconds, () -> expire(step));
    }

    private synchronized void expire(int step) {
        if (status == Status.OPEN && run.steps() == step) {
            try {
                resolve("timer");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            changed();
        }
    }

    /** Seconds left on the month's timer, or -1 if none runs. */
    synchronized long secondsLeft() {
        return clock.secondsLeft(status == Status.OPEN);
    }

    // ----- helpers -----

    private Map<String, Object> event(String kind) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event", kind);
        e.put("step", run.steps());
        return e;
    }

    private void record(String kind) throws IOException {
        Map<String, Object> e = event(kind);
        e.put("at", Instant.now().toString());
        log.append(e);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    private void changed() {
        version++;
        onChange.accept(version);
    }

    /** Called with the new version after every change (from the thread that made it). */
    synchronized void onChange(LongConsumer listener) {
        onChange = listener;
    }

    // ----- read access (callers hold the lock while they read: see {@link #read}) -----

    /** Runs a reader under the session's lock, so that what it reads is one consistent state. */
    synchronized <T> T read(java.util.function.Function<ClassroomSession, T> reader) {
        return reader.apply(this);
    }

    Path folder() {
        return folder;
    }

    SessionConfig config() {
        return config;
    }

    Scenario scenario() {
        return scenario;
    }

    Seats seats() {
        return seats;
    }

    ClassRun run() {
        return run;
    }

    Baseline baseline() {
        return baseline;
    }

    /** The month open and those resolved. */
    MonthBook book() {
        return book;
    }

    Status status() {
        return status;
    }

    boolean revealed() {
        return revealed;
    }

    boolean restarted() {
        return restarted;
    }

    int timerSeconds() {
        return timerSeconds;
    }

    long version() {
        return version;
    }

    @Override
    public synchronized void close() throws IOException {
        clock.close();
        if (log != null) {
            log.close();
        }
    }
}
