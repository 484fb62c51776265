/**
 * Sampling designs for parameter sweeps and sensitivity analyses.
 *
 * <p>A {@link org.constellation.experiment.design.FactorSpace} declares the factors (numeric or
 * categorical) of an experiment. A {@link org.constellation.experiment.design.Design} turns the space
 * into an ordered, immutable list of {@link org.constellation.experiment.design.DesignPoint}s that a
 * sweep runner can iterate uniformly. Sampled designs are generated on the unit hypercube and mapped
 * to factor values through {@link org.constellation.experiment.design.Factor#valueAt(double)};
 * lattice designs (grid, Morris) use the end-point-inclusive
 * {@link org.constellation.experiment.design.Factor#gridValue(int, int)}.
 *
 * <p>Every design but the grid is computed once, in its constructor (the grid computes each point from
 * its index when asked for); each is a pure function of its specification
 * and of the state of the explicitly passed {@code ec.util.MersenneTwisterFast}: the same
 * specification and seed always give the same points. No class here performs I/O or keeps static
 * mutable state. {@link org.constellation.experiment.design.DesignSize} tells, from the specification
 * alone, how many points a design will have and about how much memory it will hold.
 */
package org.constellation.experiment.design;
