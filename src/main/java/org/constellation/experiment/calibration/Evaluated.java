package org.constellation.experiment.calibration;

/**
 * One particle proposed and run (a row of particles.csv).
 *
 * @param generation its generation
 * @param batch its batch within the generation
 * @param index its position in the batch
 * @param values its applied values
 * @param statistics its target statistics
 * @param distance its distance
 * @param accepted whether it entered the generation's population
 */
public record Evaluated(int generation, int batch, int index, double[] values, double[] statistics, double distance,
        boolean accepted) {
}
