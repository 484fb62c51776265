package org.constellation.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a run's wall time splits.
 *
 * @param jvmStartMillis from JVM start to the start of the run (JVM start-up, class loading, parsing)
 * @param modelMillis building and stepping the model, metrics included
 * @param outputMillis writing files (charts excluded; see the caller)
 */
public record Timings(long jvmStartMillis, long modelMillis, long outputMillis) {

    /** As an ordered map for JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jvm_start_ms", jvmStartMillis);
        m.put("model_ms", modelMillis);
        m.put("output_ms", outputMillis);
        return m;
    }
}
