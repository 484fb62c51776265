package org.constellation.model.params;

/**
 * Where a parameter's value comes from (DESIGN section 9): a source (report and section), a calibration
 * (data, calibration file, posterior), or an assumption. A declaration says source or assumption
 * ({@link ParameterDescriptor#declaredStatus()}); a shipped calibration that constrains the parameter
 * makes it calibrated.
 */
public enum ParameterStatus {

    SOURCE("source"), CALIBRATED("calibrated"), ASSUMPTION("assumption");

    private final String label;

    ParameterStatus(String label) {
        this.label = label;
    }

    /** As shown in the docs. */
    public String label() {
        return label;
    }
}
