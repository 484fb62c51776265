package org.constellation.model.spec;

import java.io.Serializable;
import java.util.Map;
import org.constellation.model.Challenge;

/**
 * A district's starting state.
 *
 * @param id unique id
 * @param name display name
 * @param country id of the country that holds it
 * @param population inhabitants, in thousands
 * @param statePresence share of the district where the state is present, 0-1
 * @param capital true for the district that holds the capital (where national institutions sit)
 * @param need starting need per challenge, 0-1
 * @param driver structural level of the drivers per challenge, 0-1
 * @param position map position (x, y) for display, in arbitrary units
 */
public record DistrictSpec(String id, String name, String country, double population, double statePresence,
        boolean capital, Map<Challenge, Double> need, Map<Challenge, Double> driver, double[] position)
        implements Serializable {

    public DistrictSpec {
        need = Map.copyOf(need);
        driver = Map.copyOf(driver);
        position = position.clone();
    }

    /** The map position (a copy). */
    @Override
    public double[] position() {
        return position.clone();
    }
}
