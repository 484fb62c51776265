package org.constellation.metrics;

import org.constellation.model.ClosureRecord;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.NeedField;

/**
 * The metrics this version retired, as they were defined (binary coverage over an endogenous
 * denominator): the deliberately wrong variants the metamorphic tests must catch.
 */
final class RetiredMetrics {

    private RetiredMetrics() {
    }

    /** The old {@code coverage_gap}: of the cells now above the threshold, the share with no effort at all. */
    static Metric coverageGap() {
        return new Retired("coverage_gap") {
            @Override
            public double measure(Constellation m) {
                boolean[] covered = covered(m);
                int needy = 0;
                int gaps = 0;
                for (int cell = 0; cell < covered.length; cell++) {
                    if (m.needs().need(cell) > m.parameters().get(Parameters.METRIC_GAP_THRESHOLD)) {
                        needy++;
                        gaps += covered[cell] ? 0 : 1;
                    }
                }
                return needy == 0 ? 0 : (double) gaps / needy;
            }
        };
    }

    /**
     * The old {@code transition_drop}: for closures within the window, the share of the cells of the closed
     * actor's last plan that are needy now and have no effort at all; the mean over closures.
     */
    static Metric transitionDrop() {
        return new Retired("transition_drop") {
            @Override
            public double measure(Constellation m) {
                int window = m.parameters().getInt(Parameters.METRIC_TRANSITION_WINDOW);
                double threshold = m.parameters().get(Parameters.METRIC_GAP_THRESHOLD);
                boolean[] covered = covered(m);
                double sum = 0;
                int closures = 0;
                for (ClosureRecord r : m.closures()) {
                    if (m.step() < r.step() || m.step() - r.step() >= window || r.cells().isEmpty()) {
                        continue;
                    }
                    int lost = 0;
                    for (int cell : r.cells()) {
                        lost += !covered[cell] && m.needs().need(cell) > threshold ? 1 : 0;
                    }
                    sum += (double) lost / r.cells().size();
                    closures++;
                }
                return closures == 0 ? 0 : sum / closures;
            }
        };
    }

    private static boolean[] covered(Constellation m) {
        boolean[] covered = new boolean[m.needs().cells()];
        for (Ledger.Entry e : m.ledger().current()) {
            if (CubeCells.addressesNeed(m, e)) {
                covered[NeedField.cell(e.district(), m.catalogue().get(e.activity()).challenge())] = true;
            }
        }
        return covered;
    }

    private abstract static class Retired implements Metric {
        private final String name;

        Retired(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "retired: " + name;
        }

        @Override
        public String cannot() {
            return "retired";
        }
    }
}
