package org.constellation.gui;

import java.util.List;
import javax.swing.JFrame;
import org.constellation.metrics.MetricSeries;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.model.Constellation;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The MASON GUI of Constellation: the standard Console (play, pause, step, speed, seed), a map of the
 * region (districts coloured by need, coverage gap or redundant effort; neighbours and borders; actors and
 * what they did this month; armed groups and their moves; a legend), a live chart of the metrics, and
 * the run's settings in the Model tab.
 *
 * <p>The model stays headless and immutable: each start builds a fresh {@link Constellation} from the
 * settings' scenario with the Console's seed and makes it {@link #state} before {@code super.start()}
 * (the Console sets the seed on the old state, then calls {@link #start()}, and reads {@code state}
 * afresh everywhere else). The GUI's own fields are rebuilt from the new model, and every GUI update
 * runs on this GUIState's after-step queue, never on the model's schedule; the only thing added to the
 * model's schedule is the same {@link MetricsObserver} a headless run attaches, so a GUI run and a
 * headless run of one seed are identical.
 */
public class ConstellationWithUI extends GUIState {

    private final RunSettings settings;
    private final ModelControls controls;
    private final ContinuousPortrayal2D districtPortrayal = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D actorPortrayal = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D groupPortrayal = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D adjacencyPortrayal = new NetworkPortrayal2D();
    private final NetworkPortrayal2D movePortrayal = new NetworkPortrayal2D();
    private final LegendPortrayal legend;
    private RegionView region;
    private RunRecorder recorder;
    private Display2D display;
    private JFrame displayFrame;
    private MetricsChart chart;

    /** A GUI over the settings' scenario, with the scenario's own seed until the user changes it. */
    public ConstellationWithUI(RunSettings settings) {
        super(settings.scenarioToRun().newModel(settings.loaded().scenario().seed()));
        this.settings = settings;
        this.controls = new ModelControls(settings);
        this.legend = new LegendPortrayal(settings);
        settings.setListeners(this::viewChanged, this::scenarioChanged);
    }

    /** The name in the Console's title bar. */
    public static String getName() {
        return "Constellation";
    }

    /** The About page. */
    public static Object getInfo() {
        return ConstellationWithUI.class.getResource("index.html");
    }

    @Override
    public Object getSimulationInspectedObject() {
        return controls;
    }

    @Override
    public boolean validSimState(SimState candidate) {
        return candidate instanceof Constellation;
    }

    /** The model of the current run. */
    public Constellation model() {
        return (Constellation) state;
    }

    /** The metric series of the current run (every observed step so far). */
    public MetricSeries series() {
        return recorder.series();
    }

    /** The settings behind the Model tab. */
    public RunSettings settings() {
        return settings;
    }

    RegionView region() {
        return region;
    }

    LegendPortrayal legend() {
        return legend;
    }

    @Override
    public void start() {
        state = settings.scenarioToRun().newModel(state.seed());
        super.start();
        recorder = new RunRecorder(Metrics.names());
        MetricsObserver.attach(model(), Metrics.standard(), recorder);
        setupPortrayals();
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        recorder = new RunRecorder(Metrics.names());
        MetricsObserver.attach(model(), Metrics.standard(), recorder);
        setupPortrayals();
    }

    /** Builds the GUI's fields over the current model and points the portrayals at them. */
    void setupPortrayals() {
        region = new RegionView(model(), guirandom);
        districtPortrayal.setField(region.districtField());
        districtPortrayal.setPortrayalForAll(new DistrictPortrayal(settings));
        adjacencyPortrayal.setField(new SpatialNetwork2D(region.districtField(), region.adjacency()));
        adjacencyPortrayal.setPortrayalForAll(new AdjacencyEdgePortrayal());
        movePortrayal.setField(new SpatialNetwork2D(region.districtField(), region.moves()));
        movePortrayal.setPortrayalForAll(new MoveEdgePortrayal(() -> model().step()));
        actorPortrayal.setField(region.actorField());
        actorPortrayal.setPortrayalForAll(new ActorPortrayal());
        groupPortrayal.setField(region.groupField());
        groupPortrayal.setPortrayalForAll(new GroupPortrayal());
        legend.setField(region);
        scheduleRepeatingImmediatelyAfter(s -> afterStep());
        if (chart != null) {
            MetricsChart.later(() -> {
                chart.clear();
                chart.choose(settings.chartMetricName());
            });
        }
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** GUI work after each model step, on the model's thread: refresh the views, pass rows to the chart. */
    private void afterStep() {
        region.update();
        var rows = recorder.takePending();
        if (chart != null && !rows.isEmpty()) {
            MetricsChart.later(() -> chart.add(rows));
        }
    }

    /** The fields and portrayals in drawing order, for the display and for off-screen rendering. */
    List<Layer> layers() {
        return List.of(new Layer(adjacencyPortrayal, "Neighbours and borders"),
                new Layer(districtPortrayal, "Districts"), new Layer(movePortrayal, "Group moves"),
                new Layer(actorPortrayal, "Actors"), new Layer(groupPortrayal, "Armed and criminal groups"),
                new Layer(legend, "Legend"));
    }

    /** A named layer of the map. */
    record Layer(FieldPortrayal2D portrayal, String name) {
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(MapLayout.WIDTH * 6, MapLayout.HEIGHT * 6, this);
        display.setBackdrop(Palette.BACKGROUND);
        display.setClipping(false);
        for (Layer l : layers()) {
            display.attach(l.portrayal(), l.name());
        }
        displayFrame = display.createFrame();
        displayFrame.setTitle("Constellation: the region");
        displayFrame.setSize(displayFrame.getWidth() + 40, displayFrame.getHeight() + 40);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        if (c instanceof Console console) {
            console.setSize(Math.max(console.getWidth(), 560), Math.max(console.getHeight(), 720));
        }
        chart = new MetricsChart(settings.chartMetricName());
        c.registerFrame(chart.frame());
        chart.frame().setVisible(true);
    }

    /** The map's frame (null without a controller). */
    JFrame displayFrame() {
        return displayFrame;
    }

    /** The map's drawing area, without the display's tool bar (null without a controller). */
    java.awt.Component mapCanvas() {
        return display == null ? null : display.insideDisplay;
    }

    /** The chart's frame (null without a controller). */
    JFrame chartFrame() {
        return chart == null ? null : chart.frame();
    }

    private void viewChanged() {
        if (chart != null) {
            MetricsChart.later(() -> chart.choose(settings.chartMetricName()));
        }
        if (display != null) {
            display.repaint();
        }
    }

    private void scenarioChanged() {
        viewChanged();
        if (controller instanceof Console console && console.getModelInspector() != null) {
            MetricsChart.later(() -> console.getModelInspector().updateInspector());
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (chart != null) {
            chart.frame().dispose();
        }
        displayFrame = null;
        display = null;
        chart = null;
    }
}
