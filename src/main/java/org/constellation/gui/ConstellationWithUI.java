package org.constellation.gui;

import java.awt.GraphicsEnvironment;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.constellation.charts.TimeMarker;
import org.constellation.metrics.MetricSeries;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.model.Constellation;
import org.constellation.model.spec.ModelSpec;
import org.constellation.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The MASON GUI of Constellation: the standard Console (play, pause, step, seed) with a status line,
 * a map of the region (districts coloured by need, coverage gap or redundant effort; neighbours and borders;
 * actors and what they did this month; armed groups and their moves; a legend), a live chart of the
 * metrics with closures and shocks marked, and the run's settings in the Model tab ({@link ModelTab}).
 * The windows open side by side ({@link WindowLayout}); Play runs at the Model tab's speed and pauses by
 * itself at the scenario's last month, from where Pause carries on past it.
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
    private final StatusLine statusLine = new StatusLine();
    private final ChartEvents events = new ChartEvents();
    private RegionView region;
    private RunRecorder recorder;
    private Display2D display;
    private JFrame displayFrame;
    private MetricsChart chart;
    private ModelSpec running;
    private int scenarioMonths;
    private boolean started;

    /** A GUI over the settings' scenario, with the scenario's own seed until the user changes it. */
    public ConstellationWithUI(RunSettings settings) {
        super(settings.scenarioToRun().newModel(settings.loaded().scenario().seed()));
        this.settings = settings;
        this.controls = new ModelControls(settings);
        this.legend = new LegendPortrayal(settings);
        this.running = settings.loaded().scenario().model();
        this.scenarioMonths = settings.loaded().scenario().steps();
        settings.setListeners(this::viewChanged, this::scenarioChanged);
        controls.play().setListener(this::applySpeed);
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

    /** The Model tab: the controls in groups on one page, refreshed as the run goes. */
    @Override
    public Inspector getInspector() {
        return new ModelTab(controls, this, statusLine::refresh);
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

    /** The speed control. */
    PlayControls play() {
        return controls.play();
    }

    RegionView region() {
        return region;
    }

    LegendPortrayal legend() {
        return legend;
    }

    @Override
    public void start() {
        Scenario next = settings.scenarioToRun();
        state = next.newModel(state.seed());
        super.start();
        running = next.model();
        scenarioMonths = next.steps();
        started = true;
        settings.markBuilt();
        recorder = new RunRecorder(Metrics.names());
        MetricsObserver.attach(model(), Metrics.standard(), recorder);
        setupPortrayals();
        SwingUtilities.invokeLater(statusLine::refresh);
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        started = true;
        recorder = new RunRecorder(Metrics.names());
        MetricsObserver.attach(model(), Metrics.standard(), recorder);
        setupPortrayals();
    }

    @Override
    public void finish() {
        super.finish();
        SwingUtilities.invokeLater(statusLine::refresh);
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
        events.reset();
        scheduleRepeatingImmediatelyAfter(s -> afterStep());
        if (chart != null) {
            MetricsChart.later(() -> {
                chart.clear(scenarioMonths);
                chart.choose(settings.chartMetricName());
            });
        }
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /**
     * GUI work after each model step, on the model's thread: refresh the views, pass rows and this
     * month's events to the chart, and pause a playing run when it reaches the scenario's last month.
     */
    private void afterStep() {
        region.update();
        var rows = recorder.takePending();
        List<TimeMarker> happened = events.take(model(), running);
        if (chart != null && (!rows.isEmpty() || !happened.isEmpty())) {
            MetricsChart.later(() -> {
                chart.add(rows);
                chart.mark(happened);
            });
        }
        if (controller instanceof Console console && state.schedule.getSteps() == scenarioMonths
                && console.getPlayState() == Console.PS_PLAYING) {
            console.setWhenShouldPause(scenarioMonths);
        }
        MetricsChart.later(statusLine::refresh);
    }

    /** The status in words: the Console's play state, the month, and any change waiting for a start. */
    String statusText() {
        int play = controller instanceof Console console ? console.getPlayState() : Console.PS_STOPPED;
        String text = new RunStatus(RunStatus.Play.of(play), state.schedule.getSteps(),
                started ? scenarioMonths : settings.loaded().scenario().steps(), started, settings.changed()).text();
        return settings.notice().isEmpty() ? text : text + " " + settings.notice();
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
        WindowLayout layout = WindowLayout.on(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        display = MapWindow.display(this, layers(), layout);
        displayFrame = MapWindow.frame(display, layout);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        chart = new MetricsChart(settings.chartMetricName(), settings.loaded().scenario().steps());
        chart.frame().setBounds(layout.chart());
        c.registerFrame(chart.frame());
        chart.frame().setVisible(true);
        if (c instanceof Console console) {
            console.setBounds(layout.console());
            statusLine.attach(console, this::statusText);
            applySpeed(controls.play().speed());
            ConsoleTweaks.showModelTabAndStepCount(console);
        }
        SwingUtilities.invokeLater(() -> place(c, layout));
    }

    /**
     * Puts the windows where the layout says once they are on screen: an X server without a window manager can
     * report a newly shown frame at (0, 0), moving it over the console.
     */
    private void place(Controller c, WindowLayout layout) {
        displayFrame.setBounds(layout.map());
        chart.frame().setBounds(layout.chart());
        if (c instanceof Console console) {
            console.setBounds(layout.console());
        }
    }

    /** Sets the Console's pause between months. */
    private void applySpeed(PlaySpeed speed) {
        if (controller instanceof Console console) {
            MetricsChart.later(() -> console.setPlaySleep(speed.pauseMillis()));
        }
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

    /** The live chart (null without a controller). */
    MetricsChart chart() {
        return chart;
    }

    /** The Console's status line. */
    StatusLine statusLine() {
        return statusLine;
    }

    private void viewChanged() {
        if (chart != null) {
            MetricsChart.later(() -> chart.choose(settings.chartMetricName()));
        }
        if (display != null) {
            display.repaint();
        }
        MetricsChart.later(statusLine::refresh);
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
