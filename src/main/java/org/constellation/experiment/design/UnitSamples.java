package org.constellation.experiment.design;

import java.util.ArrayList;
import java.util.List;

/** Package-private helpers shared by the unit-hypercube designs. */
final class UnitSamples {

    private UnitSamples() {
    }

    /** Maps each row with {@link FactorSpace#valuesAt(double[])} into indexed design points. */
    static List<DesignPoint> mapRows(FactorSpace space, double[][] unit) {
        List<DesignPoint> points = new ArrayList<>(unit.length);
        for (int i = 0; i < unit.length; i++) {
            points.add(new DesignPoint(i, space, space.valuesAt(unit[i])));
        }
        return List.copyOf(points);
    }

    /** @return a deep copy of a matrix */
    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
