package org.constellation.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classroom through HTTP, as browsers and scripts reach it: a link's token gives its seat's view and
 * nothing else; the teacher's token alone runs the session; every bad input is refused with the field and
 * a message, and nothing is taken.
 */
class ClassroomHttpTest {

    @TempDir
    Path tmp;

    private Classroom classroom;
    private Http http;
    private String teacher;
    private String minusma;
    private String undp;

    @BeforeEach
    void open() throws Exception {
        classroom = Classroom.open(new Classroom.Request(tmp.resolve("session"), SessionTest.sahel(), null,
                List.of("minusma", "undp-mali"), null, 3, null, "127.0.0.1", 0));
        List<Classroom.Link> links = classroom.links();
        http = new Http("http://127.0.0.1:" + classroom.port());
        teacher = Http.token(links.get(0).url());
        minusma = Http.token(links.get(1).url());
        undp = Http.token(links.get(2).url());
        assertThat(links.get(0).url()).startsWith("http://127.0.0.1:" + classroom.port() + "/teach/");
    }

    @AfterEach
    void close() throws Exception {
        classroom.close();
    }

    @Test
    void aTokenOpensItsOwnSeatAndNothingElse() throws Exception {
        String forged = "A".repeat(24);
        assertThat(http.get("/play/" + minusma).status()).isEqualTo(200);
        assertThat(http.get("/teach/" + teacher).status()).isEqualTo(200);
        Http.Reply invalid = http.get("/play/" + forged);
        assertThat(invalid.status()).isEqualTo(404);
        assertThat(invalid.text()).contains("This link is not valid");
        assertThat(http.get("/teach/" + minusma).status()).as("a seat's token is not the teacher's").isEqualTo(404);
        assertThat(http.get("/debrief/" + minusma).status()).isEqualTo(404);
        assertThat(http.get("/api/seat/" + forged).status()).isEqualTo(403);
        assertThat(http.get("/api/seat/" + teacher).status()).as("the teacher's token is no seat").isEqualTo(403);
        assertThat(http.get("/api/teacher/" + minusma).status()).isEqualTo(403);
        assertThat(http.stream("/api/seat/" + forged + "/events").status()).isEqualTo(403);
        assertThat(http.stream("/api/teacher/" + minusma + "/events").status()).isEqualTo(403);
        assertThat(http.stream("/api/seat/" + minusma + "/events").text()).startsWith("event: changed");
        assertThat(http.post("/api/teacher/" + minusma + "/start", "{}").status()).isEqualTo(403);
        assertThat(http.get("/api/teacher/" + undp + "/files/decisions.jsonl").status()).isEqualTo(403);
        assertThat(http.get("/api/teacher/" + teacher + "/files/session.json").status())
                .as("the session file, with its tokens, is not for download").isEqualTo(404);
        assertThat(http.get("/api/teacher/" + teacher + "/files/../session.json").status()).isEqualTo(404);

        JsonNode view = http.get("/api/seat/" + minusma).json();
        assertThat(view.at("/seat/id").asText()).isEqualTo("minusma");
        List<String> districts = new ArrayList<>();
        view.at("/picture/districts").forEach(d -> districts.add(d.get("id").asText()));
        assertThat(districts).containsExactly("bamako", "segou", "mopti", "timbuktu", "gao", "kidal", "menaka");
        assertThat(view.get("truth").isNull()).as("true needs are hidden until the teacher reveals them").isTrue();
        assertThat(http.get("/api/seat/" + undp).json().at("/seat/id").asText()).isEqualTo("undp-mali");

        assertThat(http.post("/api/teacher/" + teacher + "/reveal", "{}").status()).isEqualTo(200);
        JsonNode truth = http.get("/api/seat/" + minusma).json().get("truth");
        List<String> revealed = new ArrayList<>();
        truth.fieldNames().forEachRemaining(revealed::add);
        assertThat(revealed).as("only the seat's own districts").containsExactlyElementsOf(districts);
    }

    @Test
    void badInputsAreRefusedFieldByFieldAndNothingIsTaken() throws Exception {
        Path log = tmp.resolve("session").resolve(SessionLog.NAME);
        String submit = "/api/seat/" + minusma + "/submit";
        Http.Reply early = http.post(submit, "{\"step\": 0, \"plan\": []}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("message").asText()).contains("has not started");
        http.post("/api/teacher/" + teacher + "/start", "{}");
        long before = Files.size(log);
        refused(submit, "{not json", "", "not valid JSON");
        refused(submit, plan("mopti", "protection-of-civilians/provision-of-security", "500"), "plan",
                "the plan spends 500.00 effort units");
        refused(submit, plan("niamey", "protection-of-civilians/provision-of-security", "2"), "plan[0].district",
                "outside MINUSMA's presence");
        refused(submit, plan("atlantis", "protection-of-civilians/provision-of-security", "2"), "plan[0].district",
                "not a district");
        refused(submit, plan("mopti", "epidemics/flying-carpets", "2"), "plan[0].activity", "not an activity");
        refused(submit, plan("mopti", "protection-of-civilians/provision-of-security", "-1"), "plan[0].effort",
                "0 or more");
        refused(submit, plan("mopti", "protection-of-civilians/provision-of-security", "\"ten\""), "plan[0].effort",
                "a number");
        refused(submit, "{\"step\": 0, \"plan\": [], \"hack\": 1}", "hack", "unknown field");
        refused(submit, "{\"step\": 7, \"plan\": []}", "step", "reload the page");
        refused(submit, "{\"step\": 0, \"plan\": [], \"share\": [{\"to\": \"unhcr-mali\", \"kind\": \"gossip\"}]}",
                "share[0].kind", "not a kind of information");
        refused(submit, "{\"step\": 0, \"plan\": [], \"share\": [{\"to\": \"nobody\", \"kind\": \"needs\"}]}",
                "share[0].to", "not an actor");
        refused(submit, "{\"step\": 0, \"plan\": [], \"membership\": {\"joint-analysis\": true}}",
                "membership.joint-analysis", "no mechanism 'joint-analysis' is open");
        refused("/api/seat/" + undp + "/submit", "{\"step\": 0, \"plan\": [], \"membership\": {\"donor-forum\": true}}",
                "membership.donor-forum", "no mechanism 'donor-forum' is open to UNDP Mali");
        assertThat(Files.size(log)).as("nothing refused is logged").isEqualTo(before);
        assertThat(http.get("/api/seat/" + minusma).json().get("submitted").isNull()).isTrue();
        Http.Reply timer = http.post("/api/teacher/" + teacher + "/timer", "{\"seconds\": -5}");
        assertThat(timer.status()).isEqualTo(400);
        assertThat(timer.json().get("message").asText()).contains("0 (none) to 86400");
        assertThat(http.post("/api/teacher/" + teacher + "/explode", "{}").status()).isEqualTo(404);
        assertThat(http.post("/api/teacher/" + teacher + "/start", "{}").status()).as("started twice").isEqualTo(409);
    }

    @Test
    void aPortInUseIsRefusedWithTheOptionToChange() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Classroom.open(new Classroom.Request(
                tmp.resolve("second"), SessionTest.sahel(), null, List.of("undp-mali"), null, 2, null, "127.0.0.1",
                classroom.port()))).isInstanceOf(SessionException.class)
                .hasMessageContaining("--port " + classroom.port() + ": cannot listen there")
                .hasMessageContaining("choose another --port");
    }

    private static String plan(String district, String activity, String effort) {
        return "{\"step\": 0, \"plan\": [{\"district\": \"" + district + "\", \"activity\": \"" + activity
                + "\", \"effort\": " + effort + "}]}";
    }

    private void refused(String path, String body, String field, String message) throws Exception {
        Http.Reply r = http.post(path, body);
        assertThat(r.status()).as(body).isEqualTo(400);
        JsonNode json = r.json();
        if (field.isEmpty()) {
            assertThat(json.get("message").asText()).contains(message);
            return;
        }
        List<String> problems = new ArrayList<>();
        json.get("problems").forEach(p -> problems.add(p.get("field").asText() + ": " + p.get("message").asText()));
        assertThat(problems).as(body).anyMatch(p -> p.startsWith(field + ": ") && p.contains(message));
    }

    @Test
    void aMonthResolvesWhenEverySeatHasSubmittedOrWhenTheTeacherAdvances() throws Exception {
        http.post("/api/teacher/" + teacher + "/start", "{}");
        String ok = plan("mopti", "protection-of-civilians/provision-of-security", "10");
        assertThat(http.post("/api/seat/" + minusma + "/submit", ok).status()).isEqualTo(200);
        JsonNode state = http.get("/api/teacher/" + teacher).json();
        assertThat(state.at("/seats/0/state").asText()).isEqualTo("submitted");
        assertThat(state.at("/seats/1/state").asText()).isEqualTo("waiting");
        assertThat(http.post("/api/seat/" + undp + "/submit", "{\"step\": 0, \"plan\": []}").status()).isEqualTo(200);
        assertThat(http.get("/api/seat/" + minusma).json().at("/session/step").asInt()).isEqualTo(1);
        assertThat(http.post("/api/seat/" + minusma + "/submit", ok.replace("\"step\": 0", "\"step\": 1")).status())
                .isEqualTo(200);
        assertThat(http.post("/api/teacher/" + teacher + "/advance", "{}").status()).isEqualTo(200);
        JsonNode undpView = http.get("/api/seat/" + undp).json();
        assertThat(undpView.at("/last/fell_back").asBoolean()).isTrue();
        assertThat(http.get("/api/teacher/" + teacher).json().at("/seats/1/fell_back_last").asBoolean()).isTrue();
        String ledger = http.get("/api/teacher/" + teacher + "/files/run/who-does-what-where.csv").text();
        assertThat(ledger).contains("1,minusma,mission,un-peacekeeping,mali,mopti,protection-of-civilians,"
                + "provision-of-security,direct,drivers,10\n");
        assertThat(ledger.lines().filter(l -> l.startsWith("0,undp-mali,"))).as("undp-mali chose to do nothing in month 1")
                .isEmpty();
        assertThat(ledger.lines().filter(l -> l.startsWith("1,undp-mali,"))).as("the model planned for undp-mali in month 2")
                .isNotEmpty();
        JsonNode debrief = http.get("/api/teacher/" + teacher + "/debrief").json();
        assertThat(debrief.get("played").asInt()).isEqualTo(2);
        assertThat(debrief.at("/seats/1/fell_back").asInt()).isEqualTo(1);
    }
}
