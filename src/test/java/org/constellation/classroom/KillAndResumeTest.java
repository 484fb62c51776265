package org.constellation.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.constellation.support.CliProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code constellation classroom} killed with SIGKILL in the middle of a month and started again on the same
 * {@code --session}: it stands at the same month, paused, with every decision it had acknowledged, and the
 * class carries on.
 */
class KillAndResumeTest {

    @TempDir
    Path tmp;

    /** A running server process and the links it printed. */
    private record Server(Process process, List<String> links) {
        Http http() {
            String url = links.get(0);
            return new Http(url.substring(0, url.indexOf("/teach/")));
        }
    }

    private static Server start(String... args) throws Exception {
        Process p = CliProcess.builder(Map.of(), args).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> links = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("http://")) {
                links.add(line.substring(line.indexOf("http://")).trim());
            }
            if (line.startsWith("Keep the links secret")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return new Server(p, links);
            }
        }
        throw new AssertionError("the server stopped before printing its links:\n" + seen);
    }

    @Test
    void aKilledServerResumesAtTheSameMonthWithNothingLost() throws Exception {
        String session = tmp.resolve("session").toString();
        Server first = start("classroom", "sahel", "--seats", "minusma,undp-mali", "--port", "0", "--session", session,
                "--months", "4");
        Http http = first.http();
        String teacher = Http.token(first.links().get(0));
        String minusma = Http.token(first.links().get(1));
        String undp = Http.token(first.links().get(2));
        assertThat(http.post("/api/teacher/" + teacher + "/start", "{}").status()).isEqualTo(200);
        String plan = "{\"step\": %d, \"plan\": [{\"district\": \"gao\", \"activity\": "
                + "\"protection-of-civilians/provision-of-security\", \"effort\": 12.5}]}";
        assertThat(http.post("/api/seat/" + minusma + "/submit", plan.formatted(0)).status()).isEqualTo(200);
        assertThat(http.post("/api/seat/" + undp + "/submit", "{\"step\": 0, \"plan\": []}").status()).isEqualTo(200);
        assertThat(http.post("/api/seat/" + minusma + "/submit", plan.formatted(1)).status()).isEqualTo(200);

        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        Server second = start("classroom", "--session", session, "--port", "0");
        try {
            assertThat(second.links()).extracting(Http::token).containsExactlyElementsOf(
                    first.links().stream().map(Http::token).toList());
            Http again = second.http();
            JsonNode view = again.get("/api/seat/" + minusma).json();
            assertThat(view.at("/session/step").asInt()).isEqualTo(1);
            assertThat(view.at("/session/status").asText()).isEqualTo("paused");
            assertThat(view.at("/session/restarted").asBoolean()).isTrue();
            assertThat(view.at("/submitted/plan/0/effort").asDouble()).isEqualTo(12.5);
            assertThat(again.post("/api/teacher/" + teacher + "/resume", "{}").status()).isEqualTo(200);
            assertThat(again.post("/api/seat/" + undp + "/submit", "{\"step\": 1, \"plan\": []}").status())
                    .isEqualTo(200);
            assertThat(again.get("/api/seat/" + undp).json().at("/session/step").asInt()).isEqualTo(2);
            String ledger = again.get("/api/teacher/" + teacher + "/files/run/who-does-what-where.csv").text();
            for (int step : new int[] {0, 1}) {
                assertThat(ledger).contains(step + ",minusma,mission,un-peacekeeping,mali,gao,protection-of-civilians,"
                        + "provision-of-security,direct,drivers,12.5\n");
            }
        } finally {
            second.process().destroy();
            second.process().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
