package org.constellation.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.experiment.calibration.ThreeWTarget;
import org.constellation.experiment.sweep.RunStatistics;
import org.constellation.metrics.LedgerObserver;
import org.constellation.model.Constellation;

/**
 * The statistics of a run's own 3W against an observed 3W table, for one country, computed at the end of each
 * run of a sweep from the rows the run's ledger gave (kept in memory over the comparison's window only, never
 * written), by the same code as {@code compare-3w} ({@link CompareThreeW#compare}) on the country's rows only,
 * on both sides: a sweep's value is the one {@code run --compare-3w} prints for the same seed given the run's
 * rows of that country (for a one-country scenario, all of them). The statistics, by name:
 * <ul>
 * <li>{@code coverage}: the share of region x category cells with at least one organisation;</li>
 * <li>{@code duplication_share}: the share of covered cells with two or more;</li>
 * <li>{@code regions_rho}: the Spearman rank correlation of organisations per region with the observed;</li>
 * <li>{@code distance}: the comparison's overall distance (0 = identical);</li>
 * <li>{@code indirect_share:TYPE}: the share of indirect rows of the 3W organisation type TYPE
 * ({@link IndirectByType}).</li>
 * </ul>
 */
public final class ThreeWRunStatistics implements RunStatistics {

    /**
     * One statistic kept per run.
     *
     * @param name its name in the sweep (a column of runs.csv)
     * @param statistic which statistic ({@link ThreeWTarget#STATISTICS})
     * @param table the observed 3W table
     * @param country the country the statistic is of, its name as the table writes it (the run's country whose
     *     id is its {@link Ids#slug})
     * @param from first step of the window, -1 for the run's last step
     * @param to last step of the window, -1 for the run's last step
     */
    public record Definition(String name, String statistic, Path table, String country, int from, int to) {
    }

    private final List<Definition> definitions;
    private final ThreeWMapping mapping;
    private final Map<Path, PresenceTable> tables = new LinkedHashMap<>();

    /** Reads each observed table once; throws if one cannot be read. */
    public ThreeWRunStatistics(List<Definition> definitions, ThreeWMapping mapping) throws DataException {
        this.definitions = List.copyOf(definitions);
        this.mapping = mapping;
        for (Definition d : definitions) {
            if (!tables.containsKey(d.table())) {
                Problems problems = new Problems();
                PresenceTable table = PresenceTable.read(d.table(), problems);
                problems.throwIfErrors();
                tables.put(d.table(), table);
            }
        }
    }

    @Override
    public Set<String> names() {
        return definitions.stream().map(Definition::name).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public Recorder observe(Constellation model, int steps) {
        int from = definitions.stream().mapToInt(d -> d.from() < 0 ? steps - 1 : d.from()).min().orElse(0);
        List<CompareThreeW.SimulatedRow> rows = new ArrayList<>();
        int[] last = {-1};
        LedgerObserver.attach(model, (step, labels, effort) -> {
            last[0] = Math.max(last[0], step);
            if (step >= from) {
                rows.add(new CompareThreeW.SimulatedRow(step, labels[0], labels[2], labels[3], labels[4], labels[5],
                        labels[6], labels[7]));
            }
        });
        return () -> values(rows, last[0]);
    }

    private Map<String, Double> values(List<CompareThreeW.SimulatedRow> rows, int last) {
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, CompareThreeW.Result> results = new LinkedHashMap<>();
        for (Definition d : definitions) {
            String key = d.table() + "\u0000" + d.country() + "\u0000" + d.from() + "\u0000" + d.to();
            CompareThreeW.Result r = results.computeIfAbsent(key, k -> compare(d, rows, last));
            out.put(d.name(), r == null ? Double.NaN : simulated(r, d.statistic()));
        }
        return out;
    }

    /** The comparison of the country's rows, or null (NaN statistics) if the run has none there. */
    private CompareThreeW.Result compare(Definition d, List<CompareThreeW.SimulatedRow> rows, int last) {
        String country = Ids.slug(d.country());
        List<CompareThreeW.SimulatedRow> own = rows.stream().filter(r -> r.country().equals(country)).toList();
        if (last < 0 || own.isEmpty()) {
            return null;
        }
        try {
            return CompareThreeW.compare(d.table(), tables.get(d.table()), mapping, own, Set.of(country),
                    new int[] {d.from(), d.to(), last});
        } catch (DataException e) {
            return null;
        }
    }

    /** A statistic's value for the run of a comparison. */
    public static double simulated(CompareThreeW.Result r, String statistic) {
        return switch (statistic) {
            case "coverage" -> r.comparison().simulated().coverage();
            case "duplication_share" -> r.comparison().simulated().duplication();
            case "regions_rho" -> r.comparison().spearman();
            case "distance" -> r.comparison().distance();
            default -> r.indirect().simulatedShare(type(statistic));
        };
    }

    /**
     * A statistic's observed value in a table, for the rows of one country (its name as the table writes it):
     * the coverage, duplication share or indirect share of the observed cube; 1 for {@code regions_rho} and 0
     * for {@code distance}, their values for a run identical to the record.
     */
    public static double observed(Path table, ThreeWMapping mapping, String country, String statistic)
            throws DataException {
        switch (statistic) {
            case "regions_rho":
                return 1;
            case "distance":
                return 0;
            default:
                break;
        }
        Problems problems = new Problems();
        PresenceTable presence = PresenceTable.read(table, problems);
        problems.throwIfErrors();
        if (presence.rows().stream().noneMatch(r -> r.country().equals(country))) {
            throw new DataException(table + ": no row of country '" + country + "'");
        }
        CompareThreeW.Result r = CompareThreeW.compare(table, presence, mapping, List.of(), Set.of(Ids.slug(country)),
                new int[] {0, 0, 0});
        return switch (statistic) {
            case "coverage" -> r.comparison().observed().coverage();
            case "duplication_share" -> r.comparison().observed().duplication();
            default -> r.indirect().observedShare(type(statistic));
        };
    }

    private static String type(String statistic) {
        return statistic.substring("indirect_share:".length());
    }
}
