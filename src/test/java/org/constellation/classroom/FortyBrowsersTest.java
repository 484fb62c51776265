package org.constellation.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.constellation.model.spec.ActorSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty pages at once, as forty browsers would hold them (every actor of the Sahel a seat, most with two
 * pages: teams sharing a seat): every page keeps its event stream open, all fetch their views together,
 * every seat submits at the same moment, and every page hears of the new month and fetches it. Asserts
 * that every request succeeds and every page sees the new month; prints how long it took (the figures
 * are reported, not asserted: timing targets belong in benchmarks).
 */
class FortyBrowsersTest {

    private static final int PAGES = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void fortyPagesFetchSubmitAndFollowTheMonth() throws Exception {
        var sahel = SessionTest.sahel();
        List<String> seats = sahel.scenario().model().actors().stream().map(ActorSpec::id).toList();
        int n = seats.size();
        try (Classroom classroom = Classroom.open(new Classroom.Request(tmp.resolve("s"), sahel, null, seats, null, 3,
                null, "127.0.0.1", 0))) {
            List<Classroom.Link> links = classroom.links();
            String base = "http://127.0.0.1:" + classroom.port();
            ExecutorService streams = Executors.newCachedThreadPool();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).executor(streams)
                    .build();
            List<AtomicLong> heard = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (int p = 0; p < PAGES; p++) {
                String token = Http.token(links.get(1 + p % n).url());
                tokens.add(token);
                AtomicLong last = new AtomicLong(-1);
                heard.add(last);
                client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/seat/" + token + "/events"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                        .thenAccept(r -> r.body().filter(l -> l.startsWith("data:"))
                                .forEach(l -> last.set(Long.parseLong(l.substring(5).trim()))));
            }
            Http teacher = new Http(base);
            assertThat(teacher.post("/api/teacher/" + Http.token(links.get(0).url()) + "/start", "{}").status())
                    .isEqualTo(200);
            ExecutorService pages = Executors.newFixedThreadPool(PAGES);
            List<Long> cold = timed(pages, tokens.stream().map(t -> (Callable<Long>) () -> fetch(client, base, t, 0))
                    .toList());
            List<Long> views = timed(pages, tokens.stream().map(t -> (Callable<Long>) () -> fetch(client, base, t, 0))
                    .toList());
            List<Long> submits = timed(pages, tokens.subList(0, n).stream()
                    .map(t -> (Callable<Long>) () -> submit(client, base, t)).toList());
            long resolved = System.nanoTime();
            List<Long> updates = timed(pages, IntStream.range(0, PAGES).boxed().map(p -> (Callable<Long>) () -> {
                while (heard.get(p).get() < 0 || fetch(client, base, tokens.get(p), -1) < 0) {
                    Thread.sleep(20);
                }
                return (System.nanoTime() - resolved) / 1_000_000;
            }).toList());
            pages.shutdownNow();
            streams.shutdownNow();
            System.out.printf("FortyBrowsersTest: %d pages on %d seats. View fetched by all at once: first time "
                    + "(cold server) median %d ms, slowest %d ms; again: median %d ms, slowest %d ms. Submissions "
                    + "(all seats at once, the last one resolving the month): median %d ms, slowest %d ms. Every "
                    + "page on the new month %d ms after the last submission returned.%n", PAGES, n, median(cold), max(cold),
                    median(views), max(views), median(submits), max(submits), max(updates));
        }
    }

    /**
     * Fetches a page's view; with step >= 0, asserts the month; returns the milliseconds it took, or -1 if the
     * view is not yet on month 2.
     */
    private static long fetch(HttpClient client, String base, String token, int step) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/seat/" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        int at = JSON.readTree(r.body()).at("/session/step").asInt();
        if (step >= 0) {
            assertThat(at).isEqualTo(step);
        } else if (at != 1) {
            return -1;
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Submits what the seat's staff propose; returns the milliseconds it took. */
    private static long submit(HttpClient client, String base, String token) throws Exception {
        JsonNode view = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/api/seat/" + token))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        ObjectNode body = JSON.createObjectNode();
        body.put("step", view.at("/session/step").asInt());
        body.set("plan", view.at("/month/replans").asBoolean() ? view.at("/month/proposal") : JSON.createArrayNode());
        var share = body.putArray("share");
        view.at("/month/channels").forEach(c -> {
            if (c.get("automated").asBoolean()) {
                share.addObject().put("to", c.get("to").asText()).put("kind", c.get("kind").asText());
            }
        });
        var membership = body.putObject("membership");
        view.at("/month/memberships").forEach(o -> membership.put(o.get("mechanism").asText(),
                o.get("member").asBoolean()));
        long start = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/seat/" + token
                + "/submit")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        boolean idle = !view.at("/month/active").asBoolean();
        assertThat(r.statusCode()).as(r.body()).isIn(idle ? List.of(400, 409) : List.of(200, 409));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static List<Long> timed(ExecutorService pool, List<Callable<Long>> tasks) throws Exception {
        List<Long> out = new ArrayList<>();
        for (Future<Long> f : pool.invokeAll(tasks)) {
            out.add(f.get());
        }
        return out;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long max(List<Long> values) {
        return Collections.max(values);
    }
}
