package org.constellation.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session without a server: seats that accept their staff's proposals give the automated run; the
 * class's own choices are in the 3W ledger; a session closed mid-month resumes where it stood; a
 * finished session replays to the same files; the log survives a line cut short and names a bad one.
 */
class SessionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static LoadedScenario sahel() throws Exception {
        return ScenarioLoader.load(Path.of("scenarios/sahel.yaml"));
    }

    /** A submission of what the seat's staff propose, exactly. */
    static JsonNode proposal(ClassroomSession s, int actor) {
        Map<String, Object> body = new LinkedHashMap<>(ChoiceJson.encode(s.book().brief(actor).staffChoice(),
                s.run().model()));
        body.put("step", s.run().steps());
        if (body.get("plan") == null) {
            body.put("plan", List.of());
        }
        return JSON.valueToTree(body);
    }

    static JsonNode body(String json) throws Exception {
        return JSON.readTree(json);
    }

    static ClassroomSession session(Path folder, List<String> seats, int months) throws Exception {
        return SessionFolders.create(folder, new SessionFolders.NewSession(sahel(), 42, seats, 0, months, 0));
    }

    static int actor(ClassroomSession s, String id) {
        return s.run().model().actor(id).index();
    }

    @Test
    void seatsThatAcceptTheirStaffsProposalsGiveTheAutomatedRun() throws Exception {
        try (ClassroomSession s = session(tmp.resolve("s"), List.of("minusma", "undp-mali", "france"), 6)) {
            s.start();
            for (int month = 0; month < 6; month++) {
                for (int actor : s.seats().indices()) {
                    if (!s.book().brief(actor).idle() && s.status() == ClassroomSession.Status.OPEN) {
                        Reply r = s.submit(actor, proposal(s, actor));
                        assertThat(r.problems()).isEmpty();
                        assertThat(r.status()).isEqualTo(200);
                    }
                }
            }
            assertThat(s.status()).isEqualTo(ClassroomSession.Status.FINISHED);
            assertThat(s.book().months()).allMatch(m -> m.fallback().isEmpty() && m.reason().equals("all submitted"));
            ClassRun baseline = s.baseline().get();
            for (int step = 0; step < 6; step++) {
                assertThat(s.run().row(step)).as("step %d", step).containsExactly(baseline.row(step));
            }
            assertThat(Files.readString(tmp.resolve("s/run/who-does-what-where.csv")))
                    .isEqualTo(Files.readString(tmp.resolve("s/baseline/who-does-what-where.csv")).lines()
                            .filter(l -> l.startsWith("step") || Integer.parseInt(l.split(",")[0]) < 6)
                            .reduce("", (a, b) -> a + b + "\n"));
        }
    }

    private static final String MINUSMA_PLAN = "{\"step\": %d, \"plan\": ["
            + "{\"district\": \"mopti\", \"activity\": \"protection-of-civilians/provision-of-security\", "
            + "\"effort\": 20},"
            + "{\"district\": \"gao\", \"activity\": \"protection-of-civilians/community-violence-reduction\", "
            + "\"effort\": 3.25}], \"share\": [], \"membership\": {\"focal-points\": false}}";

    @Test
    void theClassesChoicesAreInTheLedgerAndASessionResumesAndReplaysExactly() throws Exception {
        Path folder = tmp.resolve("s");
        try (ClassroomSession s = session(folder, List.of("minusma", "undp-mali", "france"), 5)) {
            s.start();
            int minusma = actor(s, "minusma");
            assertThat(s.submit(minusma, body(MINUSMA_PLAN.formatted(0))).status()).isEqualTo(200);
            assertThat(s.submit(actor(s, "undp-mali"), proposal(s, actor(s, "undp-mali"))).status()).isEqualTo(200);
            s.advance();
            assertThat(s.book().months().get(0).fallback()).containsExactly(actor(s, "france"));
            for (int actor : s.seats().indices()) {
                s.submit(actor, proposal(s, actor));
            }
            assertThat(s.submit(minusma, body(MINUSMA_PLAN.formatted(2))).status()).isEqualTo(200);
        }
        String ledger = Files.readString(folder.resolve("run/who-does-what-where.csv"));
        assertThat(ledger).contains("0,minusma,mission,un-peacekeeping,mali,mopti,protection-of-civilians,"
                + "provision-of-security,direct,drivers,20\n");
        assertThat(ledger).contains("0,minusma,mission,un-peacekeeping,mali,gao,protection-of-civilians,"
                + "community-violence-reduction,direct,drivers,3.25\n");
        assertThat(ledger.lines().filter(l -> l.startsWith("0,minusma,"))).hasSize(2);

        try (ClassroomSession s = SessionFolders.open(folder, true)) {
            int minusma = actor(s, "minusma");
            assertThat(s.run().steps()).isEqualTo(2);
            assertThat(s.status()).isEqualTo(ClassroomSession.Status.PAUSED);
            assertThat(s.restarted()).isTrue();
            assertThat(s.book().submission(minusma).effort()).isEqualTo(23.25);
            assertThat(s.book().memberships(minusma)).containsEntry("focal-points", false);
            s.resume();
            s.advance();
            s.advance();
            s.advance();
            assertThat(s.status()).isEqualTo(ClassroomSession.Status.FINISHED);
        }
        List<String> report = Classroom.replay(folder, tmp.resolve("replay"), false);
        assertThat(report).hasSize(3);
        assertThat(Classroom.identical(report)).as(String.join("\n", report)).isTrue();
        assertThat(Files.readAllBytes(tmp.resolve("replay/timeseries.csv")))
                .isEqualTo(Files.readAllBytes(folder.resolve("run/timeseries.csv")));
    }

    @Test
    void theTimerResolvesTheMonthAndUnsubmittedSeatsKeepTheModelsPlan() throws Exception {
        try (ClassroomSession s = session(tmp.resolve("s"), List.of("minusma", "undp-mali"), 3)) {
            s.start();
            s.submit(actor(s, "minusma"), body(MINUSMA_PLAN.formatted(0)));
            s.timer(1);
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (s.read(x -> x.run().steps()) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            MonthRecord month = s.read(x -> x.book().months().get(0));
            assertThat(month.reason()).isEqualTo("timer");
            assertThat(month.fallback()).containsExactly(actor(s, "undp-mali"));
            assertThat(month.submitted()).containsOnlyKeys(actor(s, "minusma"));
        }
    }

    @Test
    void aLogLineCutShortIsDroppedAndABadLineIsNamed() throws Exception {
        Path folder = tmp.resolve("s");
        try (ClassroomSession s = session(folder, List.of("minusma", "undp-mali"), 3)) {
            s.start();
            s.submit(actor(s, "minusma"), body(MINUSMA_PLAN.formatted(0)));
        }
        Path log = folder.resolve(SessionLog.NAME);
        long whole = Files.size(log);
        Files.writeString(log, "{\"event\":\"submit\",\"step\":0,\"seat\":\"un", StandardOpenOption.APPEND);
        try (ClassroomSession s = SessionFolders.open(folder, true)) {
            assertThat(s.book().submission(actor(s, "minusma"))).isNotNull();
        }
        assertThat(Files.size(log)).isEqualTo(whole);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        Files.write(log, List.of(lines.get(0), "not json", lines.get(1)));
        assertThatThrownBy(() -> SessionFolders.open(folder, true)).isInstanceOf(SessionException.class)
                .hasMessageContaining("decisions.jsonl, line 2: not valid JSON");
    }

    @Test
    void unknownSeatsAreRefusedWithTheActorsToChooseFrom() {
        assertThatThrownBy(() -> session(tmp.resolve("s"), List.of("minusma", "undp"), 3))
                .isInstanceOf(SessionException.class)
                .hasMessageContaining("'undp' is not an actor of sahel (did you mean 'undp-mali', 'undp-niger' or "
                        + "'undp-burkina-faso'?)")
                .hasMessageContaining("minusma, eutm-mali");
        assertThat(tmp.resolve("s")).doesNotExist();
    }
}
