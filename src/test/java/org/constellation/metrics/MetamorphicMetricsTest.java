package org.constellation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.spec.DeploymentSpec;
import org.constellation.model.world.NeedField;
import org.constellation.scenario.Scenario;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The metamorphic relations of docs/metrics.md: a metric must not move when nothing about coordination
 * changed (a catalogue row split in two, activity types renamed, a cell nobody can reach added, need met
 * in a cell already covered), and must move when what it measures changed. Each relation is a check that
 * passes for the cell-level metrics and fails for the deliberately wrong variants (the old duplication,
 * coverage gap and transition drop), so a test also shows that it can fail.
 */
class MetamorphicMetricsTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";
    private static final String SAFE_AREAS = "protection-of-civilians/safe-areas";
    private static final String CRIME = "organized-crime/executive-policing";
    private static final int STEPS = 16;

    /** The metrics defined on need cells, which no relation below may move. */
    private static final List<Supplier<Metric>> CELL_METRICS = List.of(Coverage::byNeed, Coverage::byCell,
            OutOfReach::new, RedundantEffort::new, ComplementaryEffort::new, MissionUnctRedundancy::new,
            TransitionShortfall::new);

    /** Pairs of values of one metric, on two states that differ only by a relation. */
    private record Pairs(String metric, List<double[]> values) {

        /** Fails unless every pair is equal. */
        void assertUnmoved() {
            for (int i = 0; i < values.size(); i++) {
                assertThat(values.get(i)[1]).as(metric + ", pair " + i).isCloseTo(values.get(i)[0],
                        org.assertj.core.data.Offset.offset(1e-9));
            }
        }

        /** Fails unless some pair differs. */
        void assertMoved() {
            assertThat(values).as(metric).anySatisfy(v -> assertThat(v[1]).isNotCloseTo(v[0],
                    org.assertj.core.data.Offset.offset(1e-9)));
        }
    }

    // ----- the worlds -----

    /**
     * Actors each working one need cell (one district, one challenge), so that however the catalogue is
     * cut their whole budget lands on the same cell: a mission and an agency sharing protection of
     * civilians in a1 (together beyond saturation), a small successor that deploys there when the mission
     * closes at step 10 (announced at step 8), and a mission alone on organized crime in a2. Activities
     * are always noticed, so the random stream cannot change who knows what.
     */
    private static TestWorld world(ActivityCatalogue catalogue, UnaryOperator<String> key, boolean unreachable) {
        TestWorld w = new TestWorld().catalogue(catalogue).country("a").district("a1", "a", 0.7, 0.5)
                .district("a2", "a", 0.5, 0.5).edge("a1", "a2");
        if (unreachable) {
            w.district("a3", "a", 0.9, 0.2);
        }
        return w.actor("mission", ActorType.MISSION, 8, List.of("a1"), new DeploymentSpec(0, 10, 0, 0, 0, 8), false,
                        keys(key, PATROL, SAFE_AREAS))
                .actor("agency", ActorType.UNCT_AGENCY, 6, List.of("a1"), keys(key, PATROL, SAFE_AREAS))
                .actor("successor", ActorType.UNCT_AGENCY, 1, List.of("a1"), new DeploymentSpec(10, -1, 0, 0, 0),
                        false, keys(key, SAFE_AREAS))
                .actor("police", ActorType.MISSION, 4, List.of("a2"), new DeploymentSpec(0, -1, 0, 0, 0), true,
                        keys(key, CRIME))
                .parameter("beliefs.activity_visibility", 1).parameter("metrics.transition_baseline", 3);
    }

    private static String[] keys(UnaryOperator<String> key, String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.addAll(List.of(key.apply(k).split(",")));
        }
        return out.toArray(String[]::new);
    }

    private static ActivityCatalogue standard() {
        return ActivityCatalogue.standard();
    }

    /** Each step's value of a metric in a run of a world. */
    private static double[] series(TestWorld w, Supplier<Metric> metric) {
        Constellation m = w.start(3);
        List<Double> values = new ArrayList<>();
        Metric instance = metric.get();
        m.observe(state -> values.add(instance.measure((Constellation) state)));
        m.run(STEPS);
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Pairs runs(Supplier<Metric> metric, TestWorld before, TestWorld after) {
        double[] a = series(before, metric);
        double[] b = series(after, metric);
        List<double[]> values = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            values.add(new double[] {a[i], b[i]});
        }
        return new Pairs(metric.get().name(), values);
    }

    @Test
    void theWorldsGiveEveryCellMetricSomethingToMeasure() {
        for (Supplier<Metric> metric : CELL_METRICS) {
            assertThat(java.util.Arrays.stream(series(world(standard(), k -> k, false), metric)).boxed().toList())
                    .as(metric.get().name()).anySatisfy(v -> assertThat(v).isStrictlyBetween(0.0, 1.0));
        }
    }

    // ----- splitting a catalogue row in two -----

    private static String halves(String key) {
        return key.equals(PATROL) ? PATROL + CatalogueCuts.FIRST + "," + PATROL + CatalogueCuts.SECOND : key;
    }

    /**
     * A row split in two: whole runs of the worlds above, and a hand-written step in which the mission and
     * the agency both patrol (before) or each takes one half of the split row (after).
     */
    private static Pairs split(Supplier<Metric> metric) {
        ActivityCatalogue split = CatalogueCuts.split(PATROL);
        Pairs pairs = runs(metric, world(standard(), k -> k, false),
                world(split, MetamorphicMetricsTest::halves, false));
        Constellation before = MetricsTest.working(world(standard(), k -> k, false).start(3));
        Constellation after = MetricsTest.working(world(split, MetamorphicMetricsTest::halves, false).start(3));
        record(before, 1, PATROL, 4);
        record(before, 2, PATROL, 5);
        record(after, 1, PATROL + CatalogueCuts.FIRST, 4);
        record(after, 2, PATROL + CatalogueCuts.SECOND, 5);
        pairs.values().add(new double[] {metric.get().measure(before), metric.get().measure(after)});
        return pairs;
    }

    private static void record(Constellation m, int actor, String key, double effort) {
        m.ledger().record(actor, 0, m.catalogue().find(key).index(), effort);
    }

    @Test
    void splittingACatalogueRowInTwoMovesNoCellMetric() {
        CELL_METRICS.forEach(metric -> split(metric).assertUnmoved());
    }

    @Test
    void theSplitCatchesTheOldDuplicationWhichAnActorEscapesByTakingTheOtherHalf() {
        assertThatThrownBy(() -> split(ActivityOverlap::new).assertUnmoved()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> split(MissionUnctActivityOverlap::new).assertUnmoved())
                .isInstanceOf(AssertionError.class);
    }

    /**
     * The ledger of the default Sahel run at step 60, replayed at three times its effort: actors who plan
     * with the cells' response stop short of saturating them (seed 42 never puts a cell target beyond it),
     * so the real ledger alone would leave redundant effort nothing to measure; tripled, the cells several
     * actors share are saturated and the rest keep their real pattern of who works where on what.
     */
    @Test
    void onASahelLedgerSplittingItsMostOverlappedRowMovesNoCellMetric() throws Exception {
        Scenario sahel = ScenarioLoader.load(Path.of("scenarios/sahel.yaml")).scenario();
        Constellation source = sahel.newModel(42);
        source.start();
        source.run(60);
        List<Ledger.Entry> entries = source.ledger().current().stream()
                .map(e -> new Ledger.Entry(e.actor(), e.district(), e.activity(), 3 * e.effort())).toList();
        int row = mostOverlapped(source);
        ActivityCatalogue split = CatalogueCuts.split(ActivityCatalogue.key(standard().get(row)));
        Constellation before = replayed(new Constellation(42, sahel.model(), sahel.createMechanisms(),
                sahel.createSharingRule()), entries, row, false);
        Constellation after = replayed(new Constellation(42, sahel.model(), sahel.createMechanisms(),
                sahel.createSharingRule(), split), entries, row, true);
        for (Supplier<Metric> metric : CELL_METRICS) {
            new Pairs(metric.get().name(), List.<double[]>of(new double[] {metric.get().measure(before),
                metric.get().measure(after)})).assertUnmoved();
        }
        assertThat(new RedundantEffort().measure(before)).isPositive();
        assertThat(new ActivityOverlap().measure(after)).isLessThan(new ActivityOverlap().measure(before));
    }

    /** The row with the most effort beyond its largest actor's in one district, in a model's current step. */
    private static int mostOverlapped(Constellation m) {
        Map<Integer, Double> byRow = new TreeMap<>();
        int types = m.catalogue().size();
        CubeCells.effortByActivity(m).forEach((cell, actors) -> byRow.merge(cell % types, CubeCells.overlap(actors),
                Double::sum));
        return byRow.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /**
     * A model after its first step with its current ledger replaced by the given rows; in a model with
     * the row split, the first actor working the row in a district takes its first half there and the
     * others its second.
     */
    private static Constellation replayed(Constellation m, List<Ledger.Entry> entries, int row, boolean split) {
        m.start();
        m.run(1);
        m.ledger().roll();
        Map<Integer, Integer> first = new TreeMap<>();
        for (Ledger.Entry e : entries) {
            int a = e.activity();
            if (!split || a < row) {
                m.ledger().record(e.actor(), e.district(), a, e.effort());
            } else if (a == row) {
                int firstActor = first.computeIfAbsent(e.district(), d -> e.actor());
                m.ledger().record(e.actor(), e.district(), firstActor == e.actor() ? row : row + 1, e.effort());
            } else {
                m.ledger().record(e.actor(), e.district(), a + 1, e.effort());
            }
        }
        return m;
    }

    // ----- renaming activity types -----

    @Test
    void renamingEveryActivityTypeMovesNoMetricAtAll() {
        UnaryOperator<String> rename = id -> "renamed-" + id;
        ActivityCatalogue renamed = CatalogueCuts.renamed(rename);
        UnaryOperator<String> key = k -> k.substring(0, k.indexOf('/') + 1) + rename.apply(k.substring(k.indexOf('/')
                + 1));
        for (Metric metric : Metrics.standard()) {
            String name = metric.name();
            runs(() -> Metrics.byName(name), world(standard(), k -> k, false), world(renamed, key, false))
                    .assertUnmoved();
        }
    }

    // ----- adding a cell nobody can reach -----

    private static Pairs unreachable(Supplier<Metric> metric) {
        return runs(metric, world(standard(), k -> k, false), world(standard(), k -> k, true));
    }

    @Test
    void aDistrictNobodyCanReachMovesOnlyWhatIsOutOfReach() {
        CELL_METRICS.stream().filter(m -> !m.get().name().equals(OutOfReach.NAME))
                .forEach(metric -> unreachable(metric).assertUnmoved());
        unreachable(OutOfReach::new).assertMoved();
        double[] out = series(world(standard(), k -> k, true), OutOfReach::new);
        assertThat(out[0]).isGreaterThan(series(world(standard(), k -> k, false), OutOfReach::new)[0]);
    }

    @Test
    void theUnreachableDistrictCatchesTheOldCoverageGap() {
        assertThatThrownBy(() -> unreachable(RetiredMetrics::coverageGap).assertUnmoved())
                .isInstanceOf(AssertionError.class);
    }

    // ----- meeting need in a covered cell -----

    /**
     * The state of a run at several steps, before and after the need of the shared protection cell in a1,
     * covered by the mission and the agency, is met (set to 0.05) at that moment.
     */
    private static Pairs needMet(Supplier<Metric> metric) {
        Constellation m = world(standard(), k -> k, false).start(3);
        int cell = NeedField.cell(0, Challenge.PROTECTION_OF_CIVILIANS);
        List<double[]> values = new ArrayList<>();
        for (int step = 0; step < 12; step++) {
            m.run(1);
            double before = metric.get().measure(m);
            double need = m.needs().need(cell);
            m.needs().setNeed(cell, 0.05);
            values.add(new double[] {before, metric.get().measure(m)});
            m.needs().setNeed(cell, need);
        }
        return new Pairs(metric.get().name(), values);
    }

    @Test
    void meetingNeedInACoveredCellMovesNoCellMetricButLowersUnmetNeed() {
        CELL_METRICS.forEach(metric -> needMet(metric).assertUnmoved());
        needMet(UnmetNeed::all).assertMoved();
        needMet(() -> UnmetNeed.of(Challenge.PROTECTION_OF_CIVILIANS)).assertMoved();
        needMet(() -> UnmetNeed.of(Challenge.ORGANIZED_CRIME)).assertUnmoved();
    }

    @Test
    void meetingNeedCatchesTheOldCoverageGapWhoseDenominatorShrinks() {
        assertThatThrownBy(() -> needMet(RetiredMetrics::coverageGap).assertUnmoved())
                .isInstanceOf(AssertionError.class);
    }
}
