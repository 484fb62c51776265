package org.constellation.gui;

import java.util.List;
import sim.util.Propertied;
import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * What the Console's Model tab shows, in four groups ({@link #groups()}): this run (speed, scenario),
 * the map and the chart (which change at once), the parameter sliders, and coordination (sharing rule
 * and a check box per mechanism); the last two take effect at the next start.
 */
public final class ModelControls implements Propertied {

    /** A titled group of the Model tab. */
    record Group(String title, Properties properties) {
    }

    private final RunSettings settings;
    private final PlayControls play = new PlayControls();

    ModelControls(RunSettings settings) {
        this.settings = settings;
    }

    /** The settings behind the controls. */
    public RunSettings settings() {
        return settings;
    }

    /** The speed control. */
    PlayControls play() {
        return play;
    }

    /** The Model tab's groups, in order; every control is in one, and no group pages. */
    List<Group> groups() {
        Properties run = new SimpleProperties(settings);
        return List.of(
                new Group("This run", new CombinedProperties(this, List.of(new SimpleProperties(play),
                        new PropertySubset(run, List.of("Scenario", "Title"))))),
                new Group("Map and chart (change at once)",
                        new PropertySubset(run, List.of("ColourBy", "Challenge", "ChartMetric"))),
                new Group("Parameters (apply at the next start: Stop, then Play)", new ParameterSliders(settings)),
                new Group("Coordination (applies at the next start: Stop, then Play)", new CombinedProperties(this,
                        List.of(new PropertySubset(run, List.of("SharingRule")), new MechanismToggles(settings)))));
    }

    /** Every control as one list, in the groups' order. */
    @Override
    public Properties properties() {
        return new CombinedProperties(this, groups().stream().map(Group::properties).toList());
    }

    @Override
    public String toString() {
        return "Constellation settings";
    }
}
