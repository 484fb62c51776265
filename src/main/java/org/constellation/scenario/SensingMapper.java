package org.constellation.scenario;

import java.util.Map;
import org.constellation.model.spec.SensingSpec;

/** Reads an optional {@code sensing:} block over defaults. */
final class SensingMapper {

    private SensingMapper() {
    }

    static SensingSpec read(TreeReader r, Map<String, Object> owner, String path, SensingSpec defaults) {
        if (!owner.containsKey("sensing")) {
            return defaults;
        }
        String p = TreeReader.join(path, "sensing");
        Map<String, Object> s = r.map(owner, "sensing", path);
        return new SensingSpec(r.number(s, "noise", p, defaults.noise(), 0, 1),
                r.integer(s, "delay", p, defaults.delay(), 0, 24), r.number(s, "coverage", p, defaults.coverage(), 0, 1));
    }
}
