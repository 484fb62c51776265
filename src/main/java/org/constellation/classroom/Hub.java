package org.constellation.classroom;

import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open pages, each listening on a server-sent event stream: told "changed" (with the session's
 * version) after every change, so that it fetches its view again, and sent a comment every 15 seconds
 * so that no idle connection is dropped. Events go out from a thread of their own, never from the
 * thread that changed the session.
 */
final class Hub implements AutoCloseable {

    /** The seat a stream belongs to; the teacher's streams are under {@link #TEACHER}. */
    static final int TEACHER = -1;

    private final Map<SseClient, Integer> clients = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "classroom-events");
        t.setDaemon(true);
        return t;
    });

    Hub() {
        sender.scheduleAtFixedRate(() -> clients.keySet().forEach(c -> c.sendComment("ping")), 15, 15,
                TimeUnit.SECONDS);
    }

    /** Keeps a stream open and registers it for a seat (or the teacher). */
    void join(SseClient client, int seat, long version) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.put(client, seat);
        sender.execute(() -> client.sendEvent("changed", Long.toString(version)));
    }

    /** Tells every open page that the session changed. */
    void changed(long version) {
        sender.execute(() -> clients.keySet().forEach(c -> {
            if (!c.terminated()) {
                c.sendEvent("changed", Long.toString(version));
            }
        }));
    }

    /** Open pages per seat (actor index), the teacher's under {@link #TEACHER}. */
    Map<Integer, Integer> online() {
        Map<Integer, Integer> out = new TreeMap<>();
        clients.values().forEach(seat -> out.merge(seat, 1, Integer::sum));
        return out;
    }

    @Override
    public void close() {
        sender.shutdownNow();
        clients.keySet().forEach(SseClient::close);
        clients.clear();
    }
}
