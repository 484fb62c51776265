package org.constellation.experiment.analysis;

import java.util.ArrayList;
import java.util.List;
import org.constellation.experiment.design.MorrisDesign;

/**
 * Morris elementary-effects screening over the outputs of a {@link MorrisDesign}.
 *
 * <p>For trajectory {@code t} and step {@code s} that moves factor {@code i} by {@code d Δ}
 * ({@code d = ±1}), the elementary effect is
 * {@code EE_i^t = (y(x^{t,s}) - y(x^{t,s-1})) / (d Δ)} (Morris 1991, <i>Technometrics</i>
 * 33(2):161–174, eq. 1), measured in unit-hypercube coordinates so that effects of factors with
 * different ranges are comparable. Per factor over its {@code r} effects:
 * {@code μ = mean EE}, {@code μ* = mean |EE|} (Campolongo, Cariboni &amp; Saltelli 2007,
 * <i>Environ. Model. Softw.</i> 22:1509–1518), {@code σ = sd(EE)} with divisor {@code r - 1}
 * (Morris 1991). Large μ* signals an influential factor; large σ a non-linear effect or
 * interactions with other factors. A NaN output propagates to the affected factor's statistics.
 */
public final class MorrisAnalyzer {

    private MorrisAnalyzer() {
    }

    /**
     * @param design  the design that produced the outputs
     * @param outputs one output per design point, in point order
     * @return the statistics per factor, in factor order
     */
    public static List<MorrisIndices> analyze(MorrisDesign design, double[] outputs) {
        double[][] ee = elementaryEffects(design, outputs);
        List<String> names = design.space().names();
        List<MorrisIndices> result = new ArrayList<>(ee.length);
        for (int i = 0; i < ee.length; i++) {
            double[] e = ee[i];
            int r = e.length;
            double sum = 0.0;
            double abs = 0.0;
            for (double v : e) {
                sum += v;
                abs += Math.abs(v);
            }
            double mu = sum / r;
            double sigma = Double.NaN;
            if (r > 1) {
                double ss = 0.0;
                for (double v : e) {
                    ss += (v - mu) * (v - mu);
                }
                sigma = Math.sqrt(ss / (r - 1));
            }
            result.add(new MorrisIndices(names.get(i), mu, abs / r, sigma, r));
        }
        return List.copyOf(result);
    }

    /**
     * @param design  the design that produced the outputs
     * @param outputs one output per design point, in point order
     * @return {@code ee[i][t]}, the elementary effect of factor {@code i} in trajectory {@code t}
     */
    public static double[][] elementaryEffects(MorrisDesign design, double[] outputs) {
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("expected " + design.size() + " outputs, got " + outputs.length);
        }
        int k = design.space().size();
        int r = design.trajectories();
        double delta = design.delta();
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 1; s <= k; s++) {
                double dy = outputs[design.rowIndex(t, s)] - outputs[design.rowIndex(t, s - 1)];
                ee[design.changedFactor(t, s)][t] = dy / (design.direction(t, s) * delta);
            }
        }
        return ee;
    }
}
