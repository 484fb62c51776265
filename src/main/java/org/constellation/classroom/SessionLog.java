package org.constellation.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The session's decisions, one JSON object a line ({@code decisions.jsonl}), appended and synced to
 * disk as each is made, before the player or teacher is told it was taken. A line cut short by a
 * killed server was never acknowledged: reading drops it (and truncates the file to its last whole
 * line); any other unreadable line is an error naming the file and line.
 */
final class SessionLog implements Closeable {

    static final String NAME = "decisions.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileChannel channel;

    private SessionLog(FileChannel channel) {
        this.channel = channel;
    }

    /** Opens the log of a session folder for appending (creating it if needed). */
    static SessionLog open(Path folder) throws IOException {
        return new SessionLog(FileChannel.open(folder.resolve(NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    /** Appends one event and syncs it to disk. */
    synchronized void append(Map<String, Object> event) throws IOException {
        String line;
        try {
            line = JSON.writeValueAsString(event) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event could not be written as JSON: " + e.getOriginalMessage(), e);
        }
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    /** Reads every event of a session folder's log, in order, dropping a last line cut short. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> read(Path folder) throws IOException, SessionException {
        Path file = folder.resolve(NAME);
        if (!Files.exists(file)) {
            return List.of();
        }
        byte[] bytes = Files.readAllBytes(file);
        int whole = bytes.length;
        while (whole > 0 && bytes[whole - 1] != '\n') {
            whole--;
        }
        if (whole < bytes.length) {
            try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
                c.truncate(whole);
            }
        }
        String text = new String(bytes, 0, whole, StandardCharsets.UTF_8);
        List<Map<String, Object>> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            try {
                Object event = JSON.readValue(lines[i], Object.class);
                if (!(event instanceof Map) || !(((Map<String, Object>) event).get("event") instanceof String)) {
                    throw new SessionException(file + ", line " + (i + 1) + ": not a session event (an object with "
                            + "an 'event' field)");
                }
                out.add((Map<String, Object>) event);
            } catch (JsonProcessingException e) {
                throw new SessionException(file + ", line " + (i + 1) + ": not valid JSON (" + e.getOriginalMessage()
                        + ")");
            }
        }
        return out;
    }
}
