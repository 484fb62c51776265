package org.constellation.gui;

import java.util.List;
import sim.util.Propertied;
import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * The object the Console's Model tab inspects: the {@link RunSettings} bean (scenario, sharing rule,
 * map colouring, charted metric) followed by a check box per coordination mechanism.
 */
public final class ModelControls implements Propertied {

    private final RunSettings settings;

    ModelControls(RunSettings settings) {
        this.settings = settings;
    }

    /** The settings behind the controls. */
    public RunSettings settings() {
        return settings;
    }

    @Override
    public Properties properties() {
        return new CombinedProperties(this, List.of(new SimpleProperties(settings), new MechanismToggles(settings),
                new ParameterSliders(settings)));
    }

    @Override
    public String toString() {
        return "Constellation settings";
    }
}
