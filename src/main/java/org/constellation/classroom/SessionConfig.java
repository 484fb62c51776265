package org.constellation.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.Json;

/**
 * What a session is, written once to {@code session.json} when it is created: the resolved scenario
 * (so that the session does not depend on the scenario file staying as it was), the seed, the months
 * the class plays, the seats and the secret tokens of every link. The file is readable by its owner only.
 *
 * @param scenario the scenario's name
 * @param resolvedScenario the resolved scenario, as a manifest holds it
 * @param seed the run's seed
 * @param firstStep the first month (step) the class plays; the model runs the months before it by itself
 * @param endStep the step after the last month the class plays
 * @param timerSeconds the teacher's timer per month when the session starts (0: none)
 * @param teacherToken the teacher's secret token
 * @param seats the seats, in the order given
 * @param created when the session was created (ISO-8601)
 */
record SessionConfig(String scenario, Map<String, Object> resolvedScenario, long seed, int firstStep, int endStep,
        int timerSeconds, String teacherToken, List<Seat> seats, String created) {

    static final String NAME = "session.json";
    static final String FORMAT = "constellation-classroom/1";

    /**
     * A seat: an actor played by a student or a team.
     *
     * @param actor the actor's id
     * @param token the seat's secret token
     */
    record Seat(String actor, String token) {
    }

    SessionConfig {
        resolvedScenario = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resolvedScenario));
        seats = List.copyOf(seats);
    }

    /** The actor ids of the seats, in order. */
    List<String> actors() {
        return seats.stream().map(Seat::actor).toList();
    }

    /** Writes {@code session.json} into a folder (owner-only where the file system allows). */
    void write(Path folder) throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", FORMAT);
        tree.put("scenario", scenario);
        tree.put("seed", seed);
        tree.put("first_step", firstStep);
        tree.put("end_step", endStep);
        tree.put("timer_seconds", timerSeconds);
        tree.put("created", created);
        tree.put("teacher_token", teacherToken);
        List<Object> list = new ArrayList<>();
        for (Seat s : seats) {
            list.add(Picture.map("actor", s.actor(), "token", s.token()));
        }
        tree.put("seats", list);
        tree.put("resolved_scenario", resolvedScenario);
        Path file = folder.resolve(NAME);
        Json.write(file, tree);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions protect the tokens
        }
    }

    /** Reads {@code session.json} from a folder; every problem names the file and the key. */
    @SuppressWarnings("unchecked")
    static SessionConfig read(Path folder) throws SessionException {
        Path file = folder.resolve(NAME);
        Map<String, Object> tree;
        try {
            tree = Json.read(file);
        } catch (IOException e) {
            throw new SessionException(file + ": not a readable session file (" + e.getMessage() + ")");
        }
        Fields f = new Fields(file, tree);
        if (!FORMAT.equals(tree.get("format"))) {
            throw new SessionException(file + ": key 'format' must be '" + FORMAT + "'");
        }
        List<Seat> seats = new ArrayList<>();
        Object list = tree.get("seats");
        if (!(list instanceof List) || ((List<Object>) list).isEmpty()) {
            throw new SessionException(file + ": key 'seats' must be a non-empty list");
        }
        for (int i = 0; i < ((List<Object>) list).size(); i++) {
            Object s = ((List<Object>) list).get(i);
            if (!(s instanceof Map)) {
                throw new SessionException(file + ": key 'seats[" + i + "]' must be an object with actor and token");
            }
            Fields seat = new Fields(file, (Map<String, Object>) s);
            seats.add(new Seat(seat.text("actor", "seats[" + i + "].actor"), seat.token("token", "seats[" + i
                    + "].token")));
        }
        if (!(tree.get("resolved_scenario") instanceof Map)) {
            throw new SessionException(file + ": key 'resolved_scenario' must be the resolved scenario");
        }
        return new SessionConfig(f.text("scenario", "scenario"), (Map<String, Object>) tree.get("resolved_scenario"),
                f.whole("seed"), (int) f.whole("first_step"), (int) f.whole("end_step"),
                (int) f.whole("timer_seconds"), f.token("teacher_token", "teacher_token"), seats,
                f.text("created", "created"));
    }

    /** Typed access to the keys of a JSON object, with errors naming the file and key. */
    private record Fields(Path file, Map<String, Object> tree) {

        String text(String key, String path) throws SessionException {
            if (!(tree.get(key) instanceof String s) || s.isEmpty()) {
                throw new SessionException(file + ": key '" + path + "' must be a non-empty string");
            }
            return s;
        }

        String token(String key, String path) throws SessionException {
            String s = text(key, path);
            if (!Tokens.wellFormed(s)) {
                throw new SessionException(file + ": key '" + path + "' is not a token this program made");
            }
            return s;
        }

        long whole(String key) throws SessionException {
            if (!(tree.get(key) instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                    || n.longValue() < 0) {
                throw new SessionException(file + ": key '" + key + "' must be a whole number, 0 or more");
            }
            return n.longValue();
        }
    }
}
