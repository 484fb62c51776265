package org.constellation.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the classroom's pages and JSON interface, as a browser or a script would call it. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    /**
     * @param base the server's address, e.g. http://127.0.0.1:8080
     */
    Http(String base) {
        this.base = base;
    }

    /** A reply: status, body as text, and as JSON when it is JSON. */
    record Reply(int status, String text) {
        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    /** The first bytes of an event stream (or the refusal), as a browser's EventSource asks for it. */
    Reply stream(String path) throws IOException, InterruptedException {
        HttpResponse<java.io.InputStream> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (java.io.InputStream in = r.body()) {
            byte[] first = in.readNBytes(r.statusCode() == 200 ? 20 : 4096);
            return new Reply(r.statusCode(), new String(first, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    Reply post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body());
    }

    /** The path of a full link (what follows host and port). */
    static String path(String url) {
        return URI.create(url).getPath();
    }

    /** The token at the end of a link. */
    static String token(String url) {
        String p = path(url);
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
