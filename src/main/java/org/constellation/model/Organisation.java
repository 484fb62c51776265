package org.constellation.model;

import static org.constellation.model.Challenge.ENVIRONMENT;
import static org.constellation.model.Challenge.EPIDEMICS;
import static org.constellation.model.Challenge.MIGRATION_TRAFFICKING;
import static org.constellation.model.Challenge.ORGANIZED_CRIME;
import static org.constellation.model.Challenge.PROTECTION_OF_CIVILIANS;
import static org.constellation.model.Challenge.TERRORISM;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;
import org.constellation.model.spec.Funding;
import org.constellation.model.spec.MandateSpec;
import org.constellation.model.spec.SensingSpec;

/**
 * Organisation profiles: the defaults a scenario's actor takes from its organisation unless it
 * overrides them. They encode the rough division of labour of <i>Fit for Purpose</i> (ch. 2 and
 * ch. 4, "Inter-mission coordination"): the UN has the broadest mandates, with executive parts,
 * but stays out of military counter-terrorism (the HIPPO report); the EU works on a few niche,
 * non-executive, indirect tasks in the security sector, migration and now the environment; the AU,
 * NATO and ad hoc coalitions run mostly military operations focused on counter-terrorism; the OSCE
 * works indirectly, often on cross-boundary environmental issues and trafficking. UN Country Team
 * agencies follow their own mandates; donors work indirectly; civil society does community work.
 * The profiles that real "who does what where" (3W) records need add the rest of a humanitarian
 * response: a generic UN agency, fund or programme (UNICEF, WFP, UNFPA, FAO), international NGOs,
 * the Red Cross and Red Crescent Movement, national NGOs, the private sector and diagnostic
 * laboratories (OCHA's Ebola 3W, 2014, lists all of them), and a UN emergency mission such as UNMEER.
 * Numbers (priorities, sensing, rotation, bunkerization, horizon) are assumptions listed in
 * {@code docs/organisations.md}; the reasoning behind the 3W profiles is in {@code docs/3w-mapping.md}.
 */
public enum Organisation {
    UN_PEACEKEEPING("un-peacekeeping", ActorType.MISSION, "un", Funding.ASSESSED,
            Map.of(PROTECTION_OF_CIVILIANS, 1.0, ORGANIZED_CRIME, 0.6, TERRORISM, 0.5, MIGRATION_TRAFFICKING, 0.4,
                    EPIDEMICS, 0.4, ENVIRONMENT, 0.3),
            EnumSet.allOf(Mode.class), EnumSet.allOf(Target.class), Set.of(), Set.of("kinetic-military-operations"),
            new SensingSpec(0.12, 1, 0.7), 12, 0.3, 36, 1),
    UN_POLITICAL_MISSION("un-political-mission", ActorType.MISSION, "un", Funding.ASSESSED,
            Map.of(ENVIRONMENT, 0.8, TERRORISM, 0.6, ORGANIZED_CRIME, 0.6, MIGRATION_TRAFFICKING, 0.5,
                    PROTECTION_OF_CIVILIANS, 0.5, EPIDEMICS, 0.3),
            EnumSet.allOf(Mode.class), EnumSet.allOf(Target.class), Set.of(), Set.of(),
            new SensingSpec(0.12, 1, 0.6), 12, 0.1, 36, 1),
    EU_CSDP_CIVILIAN("eu-csdp-civilian", ActorType.MISSION, "eu", Funding.ASSESSED,
            Map.of(ORGANIZED_CRIME, 1.0, MIGRATION_TRAFFICKING, 0.8, TERRORISM, 0.6, ENVIRONMENT, 0.3, EPIDEMICS, 0.1),
            EnumSet.of(Mode.INDIRECT), EnumSet.allOf(Target.class),
            Set.of(Institution.POLICE, Institution.JUSTICE, Institution.BORDER_MANAGEMENT, Institution.GOVERNANCE,
                    Institution.SECURITY_FORCES, Institution.NATURAL_RESOURCES), Set.of(),
            new SensingSpec(0.15, 2, 0.5), 12, 0.2, 24, 1),
    EU_CSDP_MILITARY("eu-csdp-military", ActorType.MISSION, "eu", Funding.ASSESSED,
            Map.of(TERRORISM, 1.0, PROTECTION_OF_CIVILIANS, 0.3, ORGANIZED_CRIME, 0.2),
            EnumSet.of(Mode.INDIRECT), EnumSet.allOf(Target.class), Set.of(Institution.SECURITY_FORCES), Set.of(),
            new SensingSpec(0.15, 2, 0.4), 6, 0.5, 24, 1),
    AU("au", ActorType.MISSION, "au", Funding.EXTRA_BUDGETARY,
            Map.of(TERRORISM, 1.0, PROTECTION_OF_CIVILIANS, 0.7, ORGANIZED_CRIME, 0.3),
            EnumSet.allOf(Mode.class), EnumSet.of(Target.CONSEQUENCES), Set.of(), Set.of(),
            new SensingSpec(0.12, 1, 0.6), 12, 0.5, 24, 1),
    NATO("nato", ActorType.MISSION, "nato", Funding.ASSESSED,
            Map.of(TERRORISM, 1.0, PROTECTION_OF_CIVILIANS, 0.4, ORGANIZED_CRIME, 0.2),
            EnumSet.allOf(Mode.class), EnumSet.of(Target.CONSEQUENCES), Set.of(), Set.of(),
            new SensingSpec(0.12, 1, 0.6), 6, 0.6, 24, 1),
    OSCE("osce", ActorType.MISSION, "osce", Funding.EXTRA_BUDGETARY,
            Map.of(ENVIRONMENT, 1.0, MIGRATION_TRAFFICKING, 0.8, ORGANIZED_CRIME, 0.6, TERRORISM, 0.3),
            EnumSet.of(Mode.INDIRECT), EnumSet.allOf(Target.class), Set.of(), Set.of(),
            new SensingSpec(0.12, 1, 0.6), 12, 0.0, 36, 1),
    AD_HOC_COALITION("ad-hoc-coalition", ActorType.MISSION, "ad-hoc", Funding.EXTRA_BUDGETARY,
            Map.of(TERRORISM, 1.0, ORGANIZED_CRIME, 0.6, PROTECTION_OF_CIVILIANS, 0.3),
            EnumSet.of(Mode.DIRECT), EnumSet.of(Target.CONSEQUENCES), Set.of(), Set.of(),
            new SensingSpec(0.15, 1, 0.5), 6, 0.5, 24, 1),
    UNDP("undp", ActorType.UNCT_AGENCY, "un", Funding.VOLUNTARY,
            Map.of(ORGANIZED_CRIME, 0.6, ENVIRONMENT, 0.6, TERRORISM, 0.5, MIGRATION_TRAFFICKING, 0.4,
                    PROTECTION_OF_CIVILIANS, 0.3),
            EnumSet.allOf(Mode.class), EnumSet.of(Target.DRIVERS), Set.of(), Set.of(),
            new SensingSpec(0.1, 1, 0.7), 36, 0.0, 60, 1),
    UNHCR("unhcr", ActorType.UNCT_AGENCY, "un", Funding.VOLUNTARY,
            Map.of(MIGRATION_TRAFFICKING, 1.0, PROTECTION_OF_CIVILIANS, 0.6),
            EnumSet.allOf(Mode.class), EnumSet.allOf(Target.class), Set.of(), Set.of(),
            new SensingSpec(0.1, 1, 0.7), 36, 0.0, 60, 1),
    UNODC("unodc", ActorType.UNCT_AGENCY, "un", Funding.VOLUNTARY,
            Map.of(ORGANIZED_CRIME, 1.0, MIGRATION_TRAFFICKING, 0.7, TERRORISM, 0.5),
            EnumSet.of(Mode.INDIRECT), EnumSet.allOf(Target.class), Set.of(), Set.of(),
            new SensingSpec(0.12, 1, 0.6), 36, 0.0, 60, 1),
    WHO("who", ActorType.UNCT_AGENCY, "un", Funding.VOLUNTARY,
            Map.of(EPIDEMICS, 1.0),
            EnumSet.allOf(Mode.class), EnumSet.allOf(Target.class), Set.of(), Set.of(),
            new SensingSpec(0.08, 1, 0.8), 36, 0.0, 60, 1),
    UNEP("unep", ActorType.UNCT_AGENCY, "un", Funding.VOLUNTARY,
            Map.of(ENVIRONMENT, 1.0),
            EnumSet.of(Mode.INDIRECT), EnumSet.allOf(Target.class), Set.of(), Set.of(),
            new SensingSpec(0.1, 1, 0.6), 36, 0.0, 60, 1),
    OCHA("ocha", ActorType.UNCT_AGENCY, "un", Funding.VOLUNTARY,
            Map.of(MIGRATION_TRAFFICKING, 0.8, PROTECTION_OF_CIVILIANS, 0.6, EPIDEMICS, 0.6),
            EnumSet.allOf(Mode.class), EnumSet.of(Target.CONSEQUENCES), Set.of(), Set.of(),
            new SensingSpec(0.08, 1, 0.8), 36, 0.0, 60, 1),
    IOM("iom", ActorType.UNCT_AGENCY, "un", Funding.VOLUNTARY,
            Map.of(MIGRATION_TRAFFICKING, 1.0),
            EnumSet.allOf(Mode.class), EnumSet.allOf(Target.class), Set.of(), Set.of(),
            new SensingSpec(0.1, 1, 0.7), 36, 0.0, 60, 1),
    BILATERAL_DONOR("bilateral-donor", ActorType.DONOR, "bilateral", Funding.BILATERAL,
            Map.of(TERRORISM, 0.8, ORGANIZED_CRIME, 0.6, MIGRATION_TRAFFICKING, 0.6, ENVIRONMENT, 0.3, EPIDEMICS, 0.3),
            EnumSet.of(Mode.INDIRECT), EnumSet.allOf(Target.class), Set.of(), Set.of(),
            new SensingSpec(0.2, 2, 0.4), 36, 0.0, 36, 12),
    EU_DELEGATION("eu-delegation", ActorType.DONOR, "eu", Funding.BILATERAL,
            Map.of(MIGRATION_TRAFFICKING, 0.8, ORGANIZED_CRIME, 0.6, ENVIRONMENT, 0.6, TERRORISM, 0.5, EPIDEMICS, 0.4),
            EnumSet.of(Mode.INDIRECT), EnumSet.allOf(Target.class), Set.of(), Set.of(),
            new SensingSpec(0.18, 2, 0.5), 36, 0.0, 48, 12),
    CIVIL_SOCIETY("civil-society", ActorType.CIVIL_SOCIETY, "local", Funding.VOLUNTARY,
            Map.of(PROTECTION_OF_CIVILIANS, 1.0, TERRORISM, 0.6, ORGANIZED_CRIME, 0.5, MIGRATION_TRAFFICKING, 0.5,
                    ENVIRONMENT, 0.5, EPIDEMICS, 0.5),
            EnumSet.of(Mode.DIRECT), EnumSet.allOf(Target.class), Set.of(), Set.of(),
            new SensingSpec(0.05, 0, 1.0), 0, 0.0, 36, 1),
    UN_AGENCY("un-agency", ActorType.UNCT_AGENCY, "un", Funding.VOLUNTARY,
            Map.of(PROTECTION_OF_CIVILIANS, 0.8, EPIDEMICS, 0.6, MIGRATION_TRAFFICKING, 0.6, ENVIRONMENT, 0.3),
            EnumSet.allOf(Mode.class), EnumSet.allOf(Target.class), Set.of(), Set.of(),
            new SensingSpec(0.1, 1, 0.7), 36, 0.0, 60, 1),
    INTERNATIONAL_NGO("international-ngo", ActorType.CIVIL_SOCIETY, "ngo", Funding.VOLUNTARY,
            Map.of(EPIDEMICS, 1.0, PROTECTION_OF_CIVILIANS, 0.8, MIGRATION_TRAFFICKING, 0.6, ENVIRONMENT, 0.3,
                    ORGANIZED_CRIME, 0.2),
            EnumSet.allOf(Mode.class), EnumSet.allOf(Target.class), Set.of(), Set.of(), Set.of(),
            new SensingSpec(0.1, 1, 0.7), 12, 0.1, 24, 3),
    RED_CROSS("red-cross", ActorType.CIVIL_SOCIETY, "red-cross", Funding.VOLUNTARY,
            Map.of(EPIDEMICS, 1.0, PROTECTION_OF_CIVILIANS, 0.8, MIGRATION_TRAFFICKING, 0.5),
            EnumSet.of(Mode.DIRECT), EnumSet.allOf(Target.class), Set.of(), Set.of(), Set.of(),
            new SensingSpec(0.06, 0, 0.9), 0, 0.0, 36, 1),
    NATIONAL_NGO("national-ngo", ActorType.CIVIL_SOCIETY, "local", Funding.VOLUNTARY,
            Map.of(PROTECTION_OF_CIVILIANS, 1.0, EPIDEMICS, 0.8, ORGANIZED_CRIME, 0.4, MIGRATION_TRAFFICKING, 0.4,
                    ENVIRONMENT, 0.4, TERRORISM, 0.3),
            EnumSet.of(Mode.DIRECT), EnumSet.allOf(Target.class), Set.of(), Set.of(),
            new SensingSpec(0.05, 0, 1.0), 0, 0.0, 24, 3),
    PRIVATE_SECTOR("private-sector", ActorType.DONOR, "private", Funding.VOLUNTARY,
            Map.of(EPIDEMICS, 1.0, ENVIRONMENT, 0.3),
            EnumSet.allOf(Mode.class), EnumSet.of(Target.CONSEQUENCES), Set.of(), Set.of(), Set.of(),
            new SensingSpec(0.2, 2, 0.4), 0, 0.0, 12, 6),
    UN_EMERGENCY_MISSION("un-emergency-mission", ActorType.MISSION, "un", Funding.ASSESSED,
            Map.of(EPIDEMICS, 1.0),
            EnumSet.of(Mode.INDIRECT), EnumSet.allOf(Target.class), Set.of(Institution.HEALTH, Institution.GOVERNANCE),
            Set.of(), new SensingSpec(0.1, 1, 0.6), 6, 0.2, 12, 1),
    LABORATORY("laboratory", ActorType.CIVIL_SOCIETY, "laboratory", Funding.EXTRA_BUDGETARY,
            Map.of(EPIDEMICS, 1.0),
            EnumSet.allOf(Mode.class), EnumSet.of(Target.CONSEQUENCES), Set.of(Institution.HEALTH), Set.of(), Set.of(),
            new SensingSpec(0.04, 0, 0.8), 6, 0.0, 12, 1);

    private final String key;
    private final ActorType type;
    private final String doctrine;
    private final Funding funding;
    private final MandateSpec mandate;
    private final SensingSpec sensing;
    private final int rotation;
    private final double bunkerization;
    private final int horizon;
    private final int replanInterval;

    Organisation(String key, ActorType type, String doctrine, Funding funding, Map<Challenge, Double> priorities,
            Set<Mode> modes, Set<Target> targets, Set<Institution> institutions, Set<String> exclude,
            SensingSpec sensing, int rotation, double bunkerization, int horizon, int replanInterval) {
        this(key, type, doctrine, funding, priorities, modes, targets, institutions, exclude,
                type == ActorType.CIVIL_SOCIETY ? Set.of(ActivityFlag.COMMUNITY) : Set.of(), sensing, rotation,
                bunkerization, horizon, replanInterval);
    }

    Organisation(String key, ActorType type, String doctrine, Funding funding, Map<Challenge, Double> priorities,
            Set<Mode> modes, Set<Target> targets, Set<Institution> institutions, Set<String> exclude,
            Set<ActivityFlag> flags, SensingSpec sensing, int rotation, double bunkerization, int horizon,
            int replanInterval) {
        this.key = key;
        this.type = type;
        this.doctrine = doctrine;
        this.funding = funding;
        this.mandate = new MandateSpec(priorities, modes, targets, institutions, flags, Set.of(), exclude);
        this.sensing = sensing;
        this.rotation = rotation;
        this.bunkerization = bunkerization;
        this.horizon = horizon;
        this.replanInterval = replanInterval;
    }

    /** The stable name used in scenario files. */
    public String key() {
        return key;
    }

    /** The actor type it deploys. */
    public ActorType type() {
        return type;
    }

    /** Default doctrine key. */
    public String doctrine() {
        return doctrine;
    }

    /** Default funding. */
    public Funding funding() {
        return funding;
    }

    /** Default mandate. */
    public MandateSpec mandate() {
        return mandate;
    }

    /** Default sensing. */
    public SensingSpec sensing() {
        return sensing;
    }

    /** Default steps between staff rotations (0: none). */
    public int rotation() {
        return rotation;
    }

    /** Default bunkerization. */
    public double bunkerization() {
        return bunkerization;
    }

    /** Default planning horizon in steps. */
    public int horizon() {
        return horizon;
    }

    /** Default steps between re-plans (12 for earmarked donors). */
    public int replanInterval() {
        return replanInterval;
    }

    /** The profile with this key, or an exception listing the valid keys. */
    public static Organisation byKey(String key) {
        for (Organisation o : values()) {
            if (o.key.equals(key)) {
                return o;
            }
        }
        throw new IllegalArgumentException("Unknown organisation '" + key + "'. Known: " + keys());
    }

    /** Every key, in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Organisation::key).toList();
    }
}
