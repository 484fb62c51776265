/**
 * Estimators over model outputs: per-group summaries with Student-t confidence intervals, Sobol'
 * first- and total-order indices (with bootstrap intervals), Morris elementary-effect screening and
 * partial rank correlation coefficients.
 *
 * <p>Outputs are passed as {@code double[]} aligned with the point order of the corresponding
 * {@link org.constellation.experiment.design.Design}. All computation is pure: no I/O, no static
 * mutable state, and every random draw (bootstrap) comes from an explicitly passed, seeded
 * {@code ec.util.MersenneTwisterFast}. commons-math3 distributions are used only for their
 * (inverse) cumulative distribution functions and are built without a random generator.
 */
package org.constellation.experiment.analysis;
