package org.constellation.model.plan;

import java.io.Serializable;

/**
 * Effort an actor puts on one activity type in one district in one step: a row of the 3W
 * ("who does what where") cube.
 *
 * @param district district index
 * @param activity activity type index
 * @param effort effort units
 */
public record PlannedActivity(int district, int activity, double effort) implements Serializable {
}
