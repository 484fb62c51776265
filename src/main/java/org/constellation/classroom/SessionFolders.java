package org.constellation.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constellation.experiment.Json;
import org.constellation.experiment.Leftovers;
import org.constellation.model.spec.ActorSpec;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLoader;

/**
 * Creates a session folder ({@code session.json}, an empty {@code decisions.jsonl}) and opens existing
 * ones. A session folder holds everything a session needs: it never reads the scenario file again.
 */
final class SessionFolders {

    private SessionFolders() {
    }

    /**
     * What a new session is.
     *
     * @param loaded the scenario
     * @param seed the seed
     * @param seats the actors the class plays, by id
     * @param firstStep the first month the class plays
     * @param endStep the step after the last month it plays
     * @param timerSeconds the timer per month (0: none)
     */
    record NewSession(LoadedScenario loaded, long seed, List<String> seats, int firstStep, int endStep,
            int timerSeconds) {
    }

    /** True if the folder holds a session (to resume) rather than nothing yet. */
    static boolean isSession(Path folder) {
        return SessionFolderCheck.isSession(folder);
    }

    /**
     * Creates a session in a folder that does not exist or is empty (but for what a killed process left,
     * which is removed); never in one that holds anything else ({@link SessionFolderCheck}).
     */
    static ClassroomSession create(Path folder, NewSession s) throws IOException, SessionException {
        SessionFolderCheck.forNewSession(folder);
        check(s);
        List<SessionConfig.Seat> seats = new ArrayList<>();
        for (String actor : s.seats()) {
            seats.add(new SessionConfig.Seat(actor, Tokens.next()));
        }
        SessionConfig config = new SessionConfig(s.loaded().scenario().name(), s.loaded().resolved(), s.seed(),
                s.firstStep(), s.endStep(), s.timerSeconds(), Tokens.next(), seats, Instant.now().toString());
        Files.createDirectories(folder);
        Leftovers.remove(folder);
        config.write(folder);
        SessionLog.open(folder).close();
        return ClassroomSession.open(folder, config, s.loaded().scenario(), true);
    }

    /**
     * Opens an existing session folder, for a server (appending to its log) or for a replay (not), once
     * {@link SessionFolderCheck#forSession} finds nothing in it Constellation may not write to.
     */
    static ClassroomSession open(Path folder, boolean appendable) throws IOException, SessionException {
        SessionFolderCheck.forSession(folder, appendable);
        SessionConfig config = SessionConfig.read(folder);
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.loadText(folder.resolve(SessionConfig.NAME),
                    Json.render(config.resolvedScenario()), List.of());
        } catch (ScenarioException e) {
            throw new SessionException(String.join(System.lineSeparator(), e.problems()));
        }
        if (config.firstStep() >= config.endStep()) {
            throw new SessionException(folder.resolve(SessionConfig.NAME) + ": key 'first_step' must be below "
                    + "'end_step'");
        }
        return ClassroomSession.open(folder, config, loaded.scenario(), appendable);
    }

    private static void check(NewSession s) throws SessionException {
        List<String> ids = s.loaded().scenario().model().actors().stream().map(ActorSpec::id).toList();
        if (s.seats().isEmpty()) {
            throw new SessionException("--seats: name at least one actor the class plays; " + s.loaded().scenario()
                    .name() + " has " + String.join(", ", ids));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String seat : s.seats()) {
            if (!ids.contains(seat)) {
                throw new SessionException("--seats: '" + seat + "' is not an actor of " + s.loaded().scenario().name()
                        + suggestion(seat, ids) + "; its actors are " + String.join(", ", ids));
            }
            if (!seen.add(seat)) {
                throw new SessionException("--seats: '" + seat + "' is given twice");
            }
        }
        int steps = s.loaded().scenario().steps();
        if (s.firstStep() < 0 || s.firstStep() >= steps) {
            throw new SessionException("--start: the class takes over at a step from 0 to " + (steps - 1));
        }
        if (s.endStep() <= s.firstStep() || s.endStep() > steps) {
            throw new SessionException("--months: the class plays 1 to " + (steps - s.firstStep()) + " months");
        }
    }

    /**
     * "; did you mean 'x'?" for the ids sharing the longest prefix (of two characters or more) with a typo,
     * all of them when several do (an agency split by country: 'undp' -> 'undp-mali', 'undp-niger', ...); nothing
     * when none does, or more than five (the list of actors follows).
     */
    private static String suggestion(String seat, List<String> ids) {
        List<String> best = new ArrayList<>();
        int longest = 2;
        for (String id : ids) {
            int n = 0;
            while (n < Math.min(id.length(), seat.length()) && id.charAt(n) == seat.charAt(n)) {
                n++;
            }
            if (n > longest) {
                longest = n;
                best.clear();
            }
            if (n == longest) {
                best.add("'" + id + "'");
            }
        }
        if (best.isEmpty() || best.size() > 5) {
            return "";
        }
        String last = best.remove(best.size() - 1);
        return " (did you mean " + (best.isEmpty() ? "" : String.join(", ", best) + " or ") + last + "?)";
    }
}
