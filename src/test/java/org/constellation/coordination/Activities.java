package org.constellation.coordination;

/** Activity keys the mechanism tests use. */
final class Activities {

    static final String PATROL = "protection-of-civilians/physical-protection";
    static final String SAFE_AREAS = "protection-of-civilians/safe-areas";
    static final String SECURITY = "protection-of-civilians/security-for-communities";
    static final String MEDIATION = "environment/mediation-in-resource-conflicts";
    static final String HEALTHCARE = "epidemics/healthcare-services";
    static final String RESPONDERS = "epidemics/security-for-responders";
    static final String HEALTH_SUPPORT = "epidemics/supporting-health-sector";
    static final String LAW_ENFORCEMENT = "terrorism/law-enforcement";
    static final String LIVELIHOODS = "organized-crime/alternative-livelihoods";
    static final String TRAIN_FORCES = "terrorism/training-security-and-law-enforcement";
    static final String TRAIN_POLICE = "organized-crime/training-police-border-and-justice";

    private Activities() {
    }
}
