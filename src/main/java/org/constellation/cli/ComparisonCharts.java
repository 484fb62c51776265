package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.charts.ChartFiles;
import org.constellation.charts.SensitivityBarChart;
import org.constellation.charts.SensitivityIndex;
import org.constellation.data.CompareThreeW;
import org.constellation.data.ThreeWCube;
import org.constellation.data.ThreeWStatistics;

/** Draws a 3W comparison as observed-versus-simulated bar charts, PNG and SVG. */
final class ComparisonCharts {

    private static final String OBSERVED = "observed";
    private static final String SIMULATED = "simulated";

    /** The charts' file names, without .png and .svg. */
    static final List<String> CHARTS = List.of("organisations-per-cell", "organisations-per-region",
            "coverage-by-category", "activity-mix");

    private ComparisonCharts() {
    }

    /** Writes the charts into a folder and returns how many. */
    static int write(CompareThreeW.Result r, Path folder) throws IOException {
        ThreeWStatistics o = r.comparison().observed();
        ThreeWStatistics s = r.comparison().simulated();
        Map<String, List<SensitivityIndex>> cells = new LinkedHashMap<>();
        for (int k = 0; k < 4; k++) {
            cells.put(ThreeWStatistics.CELL_CLASSES.get(k), pair(o.cellShares()[k], s.cellShares()[k]));
        }
        draw(folder, CHARTS.get(0), "Organisations per region x category cell", "organisations in the cell",
                "share of cells", cells);
        Map<String, List<SensitivityIndex>> regions = new LinkedHashMap<>();
        for (int i = 0; i < r.observed().regions().size(); i++) {
            regions.put(r.observed().regions().get(i), pair(o.perRegion()[i], s.perRegion()[i]));
        }
        draw(folder, CHARTS.get(1), "Organisations per region", "region", "organisations", regions);
        Map<String, List<SensitivityIndex>> coverage = new LinkedHashMap<>();
        Map<String, List<SensitivityIndex>> mix = new LinkedHashMap<>();
        int n = r.observed().categories().size();
        double[] om = pooledMix(o, n);
        double[] sm = pooledMix(s, n);
        for (int c = 0; c < r.observed().categories().size(); c++) {
            String category = r.observed().categories().get(c);
            coverage.put(category, pair(covered(r.observed(), category), covered(r.simulated(), category)));
            mix.put(category, pair(om[c], sm[c]));
        }
        draw(folder, CHARTS.get(2), "Regions covered, by activity category", "category", "share of regions",
                coverage);
        draw(folder, CHARTS.get(3), "Activity mix of all organisations", "category", "share of entries", mix);
        return CHARTS.size();
    }

    private static List<SensitivityIndex> pair(double observed, double simulated) {
        return List.of(SensitivityIndex.of(OBSERVED, observed), SensitivityIndex.of(SIMULATED, simulated));
    }

    private static double covered(ThreeWCube cube, String category) {
        long n = cube.regions().stream().filter(r -> !cube.organisations(r, category).isEmpty()).count();
        return cube.regions().isEmpty() ? 0 : (double) n / cube.regions().size();
    }

    private static double[] pooledMix(ThreeWStatistics s, int categories) {
        double[] pooled = new double[categories];
        double total = 0;
        for (Map.Entry<String, double[]> e : s.mix().entrySet()) {
            int n = s.entries().get(e.getKey());
            for (int c = 0; c < pooled.length; c++) {
                pooled[c] += e.getValue()[c] * n;
            }
            total += n;
        }
        for (int c = 0; c < pooled.length; c++) {
            pooled[c] = total == 0 ? 0 : pooled[c] / total;
        }
        return pooled;
    }

    private static void draw(Path folder, String file, String title, String x, String y,
            Map<String, List<SensitivityIndex>> bars) throws IOException {
        ChartFiles.write(SensitivityBarChart.create(title, x, y, bars), folder, file, 1000, 520);
    }
}
