/**
 * Calibration of the model against observed patterns by approximate Bayesian computation (ABC):
 * pattern-oriented modelling (Grimm et al. 2005) with ABC-SMC (Toni et al. 2009; Beaumont et al. 2009)
 * and, as a baseline, rejection ABC on a Latin hypercube. Calibration files are checked against
 * {@link org.constellation.experiment.calibration.CalibrationSchema}; every batch of particles is run as
 * an ordinary sweep ({@link org.constellation.experiment.sweep.Sweep}), so a calibration is parallel,
 * resumable after a kill and sliceable into shards with the same results. See docs/CALIBRATION.md.
 */
package org.constellation.experiment.calibration;
