package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.experiment.PosteriorFile;

/** The overrides of {@code run --parameters POSTERIOR [--particle N]}: calibrated values, then the user's own. */
final class CalibratedValues {

    private CalibratedValues() {
    }

    /** The posterior's medians (or one particle's values), then {@code overrides}; just those without a posterior. */
    static List<String> overrides(Path posterior, String particle, List<String> overrides) {
        if (posterior == null) {
            if (particle != null) {
                throw new UserError("--particle needs --parameters POSTERIOR");
            }
            return overrides;
        }
        PosteriorFile file;
        try {
            file = PosteriorFile.read(posterior);
        } catch (IOException e) {
            throw new UserError("--parameters: " + e.getMessage());
        }
        List<String> out = new ArrayList<>();
        if (particle == null) {
            out.addAll(file.medianOverrides());
        } else {
            int n;
            try {
                n = Integer.parseInt(particle.trim());
            } catch (NumberFormatException e) {
                throw new UserError("--particle must be a whole number, was '" + particle + "'");
            }
            try {
                out.addAll(file.particleOverrides(n));
            } catch (IllegalArgumentException e) {
                throw new UserError("--particle: " + e.getMessage());
            }
        }
        out.addAll(overrides);
        return out;
    }
}
