package org.constellation.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The classroom's web server (Javalin on Jetty): the pages and their assets, served from the jar; a
 * JSON interface the pages call, in which every request names a secret token, a seat's or the
 * teacher's, and gets only what that token may see or do; and a stream of events per open page.
 */
final class ClassroomServer implements AutoCloseable {

    /** The session's files the teacher may download. */
    static final List<String> FILES = List.of("run/" + ClassRun.TIMESERIES, "run/" + ClassRun.THREE_W,
            SessionLog.NAME);
    private static final String SECURITY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final int MAX_BODY = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClassroomSession session;
    private final Hub hub = new Hub();
    private final Javalin app;

    private ClassroomServer(ClassroomSession session) {
        this.session = session;
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY;
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/classroom/assets";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            config.routes.before(ClassroomServer::secure);
            config.routes.before("/api/seat/{token}/events", this::requireSeat);
            config.routes.before("/api/teacher/{token}/events", this::requireTeacher);
            config.routes.get("/", ctx -> page(ctx, "index.html"));
            config.routes.get("/play/{token}", ctx -> page(ctx, seat(ctx) == null ? null : "player.html"));
            config.routes.get("/teach/{token}", ctx -> page(ctx, teacher(ctx) ? "teacher.html" : null));
            config.routes.get("/debrief/{token}", ctx -> page(ctx, teacher(ctx) ? "debrief.html" : null));
            config.routes.get("/api/seat/{token}", ctx -> json(ctx, 200,
                    session.read(s -> SeatPage.of(s, requireSeat(ctx)))));
            config.routes.post("/api/seat/{token}/submit", this::submit);
            config.routes.sse("/api/seat/{token}/events", client -> hub.join(client,
                    requireSeat(client.ctx()), session.version()));
            config.routes.get("/api/teacher/{token}", ctx -> {
                requireTeacher(ctx);
                json(ctx, 200, session.read(s -> TeacherPage.of(s, hub.online())));
            });
            config.routes.post("/api/teacher/{token}/{action}", this::teach);
            config.routes.get("/api/teacher/{token}/debrief", ctx -> {
                requireTeacher(ctx);
                session.baseline().get();
                json(ctx, 200, session.read(Debrief::of));
            });
            config.routes.get("/api/teacher/{token}/files/*", this::download);
            config.routes.sse("/api/teacher/{token}/events", client -> {
                requireTeacher(client.ctx());
                hub.join(client, Hub.TEACHER, session.version());
            });
            config.routes.exception(Refusal.class, (e, ctx) -> json(ctx, e.status, Map.of("message", e.getMessage())));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> json(ctx, 400,
                    Map.of("message", e.getMessage())));
            config.routes.exception(IllegalStateException.class, (e, ctx) -> json(ctx, 409,
                    Map.of("message", e.getMessage())));
            config.routes.exception(IOException.class, (e, ctx) -> json(ctx, 500,
                    Map.of("message", "the session could not write to its folder (" + e.getMessage()
                            + "); what it acknowledged before is safe in " + SessionLog.NAME)));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    json(ctx, 404, Map.of("message", "no such page"));
                }
            });
        });
        session.onChange(hub::changed);
    }

    /** Starts a server for a session on an address ({@code port} 0: any free port). */
    static ClassroomServer start(ClassroomSession session, String host, int port) throws SessionException {
        ClassroomServer server = new ClassroomServer(session);
        try {
            server.app.start(host, port);
        } catch (JavalinBindException e) {
            server.close();
            throw new SessionException("--host " + host + " --port " + port + ": cannot listen there (" + e.getMessage()
                    + "); choose another --port");
        }
        session.baseline().prepare();
        return server;
    }

    /** The port it listens on. */
    int port() {
        return app.port();
    }

    /** A request refused with a status and a message for the page. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private static void secure(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", SECURITY);
        if (!ctx.path().startsWith("/assets/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private Integer seat(Context ctx) {
        return session.seats().byToken(ctx.pathParam("token"));
    }

    private boolean teacher(Context ctx) {
        return Tokens.find(Map.of(session.config().teacherToken(), Boolean.TRUE), ctx.pathParam("token")) != null;
    }

    private int requireSeat(Context ctx) {
        Integer actor = seat(ctx);
        if (actor == null) {
            throw new Refusal(403, "this link is not a seat of this session: ask the teacher for yours");
        }
        return actor;
    }

    private void requireTeacher(Context ctx) {
        if (!teacher(ctx)) {
            throw new Refusal(403, "this link is not the teacher's");
        }
    }

    private void submit(Context ctx) throws IOException {
        int actor = requireSeat(ctx);
        Reply reply = session.submit(actor, body(ctx));
        json(ctx, reply.status(), Map.of("message", reply.message(), "problems", reply.problems()));
    }

    private void teach(Context ctx) throws IOException {
        requireTeacher(ctx);
        switch (ctx.pathParam("action")) {
            case "start" -> session.start();
            case "pause" -> session.pause();
            case "resume" -> session.resume();
            case "advance" -> session.advance();
            case "end" -> session.end();
            case "reveal" -> session.reveal(true);
            case "hide" -> session.reveal(false);
            case "timer" -> {
                JsonNode seconds = body(ctx).get("seconds");
                if (seconds == null || !seconds.canConvertToInt()) {
                    throw new Refusal(400, "give the timer as {\"seconds\": N}, N from 0 (none) to 86400");
                }
                session.timer(seconds.asInt());
            }
            default -> throw new Refusal(404, "no such action '" + ctx.pathParam("action") + "'");
        }
        json(ctx, 200, Map.of("message", "done"));
    }

    private void download(Context ctx) throws IOException {
        requireTeacher(ctx);
        String name = ctx.path().substring(ctx.path().indexOf("/files/") + "/files/".length());
        if (!FILES.contains(name)
                || !Files.isRegularFile(session.folder().resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal(404, "no such file; the session's files are " + FILES);
        }
        Path file = session.folder().resolve(name);
        ctx.contentType(name.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
        ctx.result(Files.readAllBytes(file));
    }

    private static JsonNode body(Context ctx) {
        try {
            return JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new Refusal(400, "the request is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static void page(Context ctx, String name) throws IOException {
        String resource = "/classroom/" + (name == null ? "invalid.html" : name);
        try (InputStream in = ClassroomServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the page " + resource + " is missing from the jar");
            }
            ctx.status(name == null ? 404 : 200).contentType("text/html; charset=utf-8").result(in.readAllBytes());
        }
    }

    private static void json(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() {
        hub.close();
        app.stop();
    }
}
