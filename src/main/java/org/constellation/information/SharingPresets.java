package org.constellation.information;

import static org.constellation.model.ActorType.CIVIL_SOCIETY;
import static org.constellation.model.ActorType.DONOR;
import static org.constellation.model.ActorType.HOST_GOVERNMENT;
import static org.constellation.model.ActorType.MISSION;
import static org.constellation.model.ActorType.UNCT_AGENCY;

/**
 * The preset willingness tables. The values are assumptions; what they encode is the frictions of
 * <i>Fit for Purpose</i> ch. 4, each cited where it is set.
 */
final class SharingPresets {

    private SharingPresets() {
    }

    /** Everyone shares everything. */
    static SharingTable open() {
        return SharingTable.uniform(1.0);
    }

    /** Nothing crosses organisational lines; within one organisation, a little. */
    static SharingTable siloed() {
        return SharingTable.uniform(0.0).withSameOrganisation(0.3, 0.3, 0.3).withDoubt(0.005);
    }

    /**
     * International actors share assessments and plans among themselves; intelligence stays within an
     * organisation; the host hears less; civil society nothing.
     */
    static SharingTable needToKnow() {
        SharingTable t = SharingTable.uniform(0.0).withSameOrganisation(0.8, 0.8, 0.8).withDoubt(0.005);
        for (var s : new org.constellation.model.ActorType[] {MISSION, UNCT_AGENCY, DONOR}) {
            for (var r : new org.constellation.model.ActorType[] {MISSION, UNCT_AGENCY, DONOR}) {
                t = t.with(s, r, 0.6, 0.6, 0.0);
            }
            t = t.with(s, HOST_GOVERNMENT, 0.3, 0.3, 0.0).with(HOST_GOVERNMENT, s, 0.3, 0.3, 0.1);
        }
        return t;
    }

    /** The frictions the sources describe. */
    static SharingTable sourcesDefault() {
        return SharingTable.uniform(0.0)
                // Sections of one mission do not link databases; missions of one organisation rarely share (ch. 4,
                // 'Internal coordination', MINUSMA's Transnational Organized Crime Taskforce; 'Inter-mission').
                .withSameOrganisation(0.4, 0.4, 0.3)
                // Parallel missions coordinate operations but rarely CIMIC; intelligence sharing is problematic
                // between parallel missions (ch. 4, 'Inter-mission coordination').
                .with(MISSION, MISSION, 0.4, 0.4, 0.15)
                // Consultation between missions and the UNCT is generally unsystematic (ch. 4, 'UN whole of system').
                .with(MISSION, UNCT_AGENCY, 0.4, 0.4, 0.1).with(UNCT_AGENCY, MISSION, 0.4, 0.4, 0.1)
                .with(MISSION, DONOR, 0.3, 0.3, 0.05).with(MISSION, CIVIL_SOCIETY, 0.3, 0.2, 0.0)
                // Missions hold back intelligence from host governments they mistrust (ch. 4, 'Host government').
                .with(MISSION, HOST_GOVERNMENT, 0.5, 0.5, 0.1)
                // International organizations inform each other about ongoing activities relatively well (ch. 4,
                // 'International coordination').
                .with(UNCT_AGENCY, UNCT_AGENCY, 0.6, 0.7, 0.2).with(UNCT_AGENCY, DONOR, 0.5, 0.5, 0.0)
                // The Country Team answers to the host government (ch. 4, 'UN whole of system').
                .with(UNCT_AGENCY, HOST_GOVERNMENT, 0.7, 0.7, 0.1).with(UNCT_AGENCY, CIVIL_SOCIETY, 0.4, 0.3, 0.0)
                // Bilateral actors often fail to share information (ch. 4, 'International coordination').
                .withSender(DONOR, 0.1, 0.15, 0.0).with(DONOR, DONOR, 0.2, 0.2, 0.0)
                .with(HOST_GOVERNMENT, MISSION, 0.5, 0.3, 0.3).with(HOST_GOVERNMENT, UNCT_AGENCY, 0.5, 0.4, 0.1)
                .with(HOST_GOVERNMENT, DONOR, 0.4, 0.3, 0.1).with(HOST_GOVERNMENT, CIVIL_SOCIETY, 0.2, 0.1, 0.0)
                // Civil society withholds to protect its security and neutrality (ch. 4, 'Civil society').
                .with(CIVIL_SOCIETY, MISSION, 0.2, 0.1, 0.05).with(CIVIL_SOCIETY, UNCT_AGENCY, 0.4, 0.3, 0.05)
                .with(CIVIL_SOCIETY, DONOR, 0.2, 0.2, 0.0).with(CIVIL_SOCIETY, HOST_GOVERNMENT, 0.1, 0.1, 0.0)
                .with(CIVIL_SOCIETY, CIVIL_SOCIETY, 0.5, 0.4, 0.1)
                .withDoubt(0.005)
                // Missions question whether what host governments tell them is reliable (ch. 4, 'Host government').
                .withDoubt(MISSION, HOST_GOVERNMENT, 0.03).withDoubt(MISSION, CIVIL_SOCIETY, 0.01);
    }
}
