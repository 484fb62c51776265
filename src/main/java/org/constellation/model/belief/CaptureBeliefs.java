package org.constellation.model.belief;

import java.io.Serializable;
import org.constellation.model.Institution;

/**
 * What one actor believes about the capture of each host institution by illicit interests, per country:
 * an estimate with a variance, updated like its beliefs about needs (a one-dimensional Kalman filter whose
 * uncertainty grows with age). Capture is hidden by nature ("mafia bazars", <i>Fit for Purpose</i> ch. 4,
 * "Host government"), so an actor learns it only by observing, with noise, the countries where it is present.
 */
public final class CaptureBeliefs implements Serializable {

    private final Beliefs beliefs;

    /**
     * @param countries number of countries
     * @param priorMean capture assumed before any observation
     * @param priorVariance its uncertainty
     * @param processNoise growth of the uncertainty per step without observation
     */
    public CaptureBeliefs(int countries, double priorMean, double priorVariance, double processNoise) {
        beliefs = new Beliefs(countries * Institution.COUNT, 0, priorMean, priorVariance, processNoise);
    }

    private static int slot(int country, Institution institution) {
        return country * Institution.COUNT + institution.ordinal();
    }

    /** Believed capture of an institution of a country, 0-1. */
    public double capture(int country, Institution institution) {
        return beliefs.need(slot(country, institution));
    }

    /** Uncertainty (variance) of that belief at a step. */
    public double variance(int country, Institution institution, int step) {
        return beliefs.variance(slot(country, institution), step);
    }

    /** Combines an observation of an institution's capture with the belief. */
    public void observe(int country, Institution institution, double value, double noiseVariance, int step) {
        beliefs.observe(slot(country, institution), value, noiseVariance, step);
    }

    /** Loses a share of what was learnt (staff rotation), as the beliefs about needs do. */
    public void forget(double share, int step) {
        beliefs.forget(share, step);
    }
}
