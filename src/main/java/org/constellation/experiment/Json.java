package org.constellation.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Writes and reads the JSON files of results folders (manifests), keeping key order. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private Json() {
    }

    /** Renders a tree of maps, lists and scalars as indented JSON. */
    public static String render(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Renders a tree as JSON on one line (also valid YAML flow style). */
    public static String compact(Object tree) {
        try {
            return COMPACT.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a tree atomically. */
    public static void write(Path file, Object tree) throws IOException {
        AtomicFile.write(file, render(tree));
    }

    /** Reads a JSON object file into ordered maps and lists. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Map.class);
    }
}
