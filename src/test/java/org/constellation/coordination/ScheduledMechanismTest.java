package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.metrics.Metrics;
import org.constellation.metrics.MetricsObserver;
import org.constellation.model.Constellation;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A mechanism given a window (from, until) works and costs staff time inside it only. */
class ScheduledMechanismTest {

    private static final Path SAHEL = Path.of("scenarios/sahel.yaml");

    private static List<Double> coordinationCost(String mechanisms) throws Exception {
        Constellation m = ScenarioLoader.load(SAHEL, List.of("coordination.mechanisms=" + mechanisms))
                .scenario().newModel(4);
        m.start();
        int cost = Metrics.names().indexOf("coordination_cost");
        List<Double> perStep = new ArrayList<>();
        MetricsObserver.attach(m, Metrics.standard(), (step, values) -> perStep.add(values[cost]));
        m.run(30);
        return perStep;
    }

    @Test
    void aWindowedFocalPointCostsStaffTimeOnlyWhileInForce() throws Exception {
        List<Double> always = coordinationCost("[{name: focal-points, members: [minusma]}]");
        List<Double> windowed = coordinationCost("[{name: focal-points, members: [minusma], from: 10, until: 20}]");
        assertThat(always.subList(0, 30)).allSatisfy(c -> assertThat(c).isPositive());
        assertThat(windowed.subList(0, 10)).allSatisfy(c -> assertThat(c).isZero());
        assertThat(windowed.subList(10, 20)).allSatisfy(c -> assertThat(c).isPositive());
        assertThat(windowed.subList(20, 30)).allSatisfy(c -> assertThat(c).isZero());
    }

    @Test
    void aWindowMustEndAfterItStarts() {
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(SAHEL,
                List.of("coordination.mechanisms=[{name: donor-forum, from: 10, until: 10}]")), ScenarioException.class);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("until").contains("must come after from"));
    }
}
