package org.constellation.model.activity;

import java.io.Serializable;
import static org.constellation.model.activity.ActivityFlag.COMMUNITY;
import static org.constellation.model.activity.ActivityFlag.ENFORCEMENT;
import static org.constellation.model.activity.ActivityFlag.INSIDE_FENCE;
import static org.constellation.model.activity.ActivityFlag.INTELLIGENCE;
import static org.constellation.model.activity.ActivityFlag.QUICK;
import static org.constellation.model.activity.ActivityFlag.REPORTING;
import static org.constellation.model.activity.ActivityFlag.THROUGH_HOST;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.Challenge;
import org.constellation.model.Institution;

/**
 * The catalogue of activity types, one per row of <i>Fit for Purpose</i> tables 2.1-2.5 that a
 * peace operation or its partners can do, plus the protection-of-civilians rows those tables and
 * chapter 3 name, and the DPKO paper's prevention of misconduct inside the fence. A row keeps the
 * table's two axes (direct or indirect; drivers or consequences); the executive flag, the host
 * institution an indirect row works through and the other flags are this model's reading of the
 * row, recorded in {@code docs/activities.md}.
 *
 * <p>Ids are unique within a challenge; {@link #key(ActivityType)} ("challenge/id") is unique in
 * the catalogue.
 */
public final class ActivityCatalogue implements Serializable {

    private final List<ActivityType> types;
    private final Map<String, ActivityType> byKey;

    private ActivityCatalogue(List<ActivityType> types) {
        this.types = Collections.unmodifiableList(types);
        Map<String, ActivityType> keys = new LinkedHashMap<>();
        for (ActivityType t : types) {
            if (keys.put(key(t), t) != null) {
                throw new IllegalStateException("Duplicate activity " + key(t));
            }
        }
        this.byKey = Collections.unmodifiableMap(keys);
    }

    /** The standard catalogue. */
    public static ActivityCatalogue standard() {
        return new Builder().terrorism().organizedCrime().migration().environment().epidemics()
                .protection().build();
    }

    /**
     * A catalogue of the given rows, numbered in order (their own indices are ignored): for tests that
     * a metric does not depend on how the catalogue is cut (a row split in two, renamed rows).
     */
    public static ActivityCatalogue of(List<ActivityType> rows) {
        List<ActivityType> numbered = new ArrayList<>();
        for (ActivityType t : rows) {
            numbered.add(new ActivityType(numbered.size(), t.id(), t.label(), t.challenge(), t.mode(), t.target(),
                    t.executive(), t.institution(), t.flags(), t.source()));
        }
        return new ActivityCatalogue(numbered);
    }

    /** The unique key "challenge/id" of a type. */
    public static String key(ActivityType t) {
        return t.challenge().key() + "/" + t.id();
    }

    /** All types, in catalogue order (index order). */
    public List<ActivityType> all() {
        return types;
    }

    /** Number of types. */
    public int size() {
        return types.size();
    }

    /** The type at an index. */
    public ActivityType get(int index) {
        return types.get(index);
    }

    /** The type with key "challenge/id", or null. */
    public ActivityType find(String key) {
        return byKey.get(key);
    }

    /** The types that address one challenge, in catalogue order. */
    public List<ActivityType> of(Challenge challenge) {
        return types.stream().filter(t -> t.challenge() == challenge).toList();
    }

    /** True if some type (of any challenge) has this id. */
    public boolean hasId(String id) {
        return types.stream().anyMatch(t -> t.id().equals(id));
    }

    /** Collects rows in order and numbers them. */
    private static final class Builder {
        private final List<ActivityType> rows = new ArrayList<>();
        private Challenge challenge;
        private String source;

        private Builder table(Challenge c, String table) {
            challenge = c;
            source = "Fit for Purpose, " + table;
            return this;
        }

        private Builder direct(Target target, String id, String label, boolean executive, ActivityFlag... flags) {
            return add(id, label, Mode.DIRECT, target, executive, null, flags);
        }

        private Builder indirect(Target target, String id, String label, Institution institution,
                ActivityFlag... flags) {
            return add(id, label, Mode.INDIRECT, target, false, institution, flags);
        }

        private Builder add(String id, String label, Mode mode, Target target, boolean executive,
                Institution institution, ActivityFlag... flags) {
            EnumSet<ActivityFlag> set = EnumSet.noneOf(ActivityFlag.class);
            Collections.addAll(set, flags);
            rows.add(new ActivityType(rows.size(), id, label, challenge, mode, target, executive,
                    institution, set, source));
            return this;
        }

        private Builder terrorism() {
            table(Challenge.TERRORISM, "table 2.1");
            direct(Target.DRIVERS, "strategic-communications", "Strategic communications", false);
            direct(Target.DRIVERS, "victim-assistance", "Victim assistance", false, COMMUNITY);
            direct(Target.DRIVERS, "peer-to-peer-engagement", "Peer-to-peer engagement", false, COMMUNITY);
            direct(Target.DRIVERS, "early-warning-of-radicalization", "Early warning of radicalization", false,
                    COMMUNITY);
            direct(Target.DRIVERS, "empowerment-of-youth-and-women", "Empowerment of youth and women", false,
                    COMMUNITY);
            direct(Target.DRIVERS, "human-rights-and-rule-of-law-monitoring",
                    "Human rights and rule of law monitoring", false, COMMUNITY, REPORTING);
            direct(Target.CONSEQUENCES, "kinetic-military-operations", "Kinetic military operations", true,
                    ENFORCEMENT);
            direct(Target.CONSEQUENCES, "isr", "Intelligence, surveillance and reconnaissance (ISR)", false,
                    INTELLIGENCE);
            direct(Target.CONSEQUENCES, "law-enforcement", "Law enforcement", true, ENFORCEMENT);
            direct(Target.CONSEQUENCES, "disengaging-violent-extremists",
                    "Demobilizing and disengaging violent extremists", false);
            indirect(Target.DRIVERS, "community-engagement-and-resilience",
                    "Community engagement and resilience building", Institution.GOVERNANCE, COMMUNITY);
            indirect(Target.DRIVERS, "assisting-development-and-governance",
                    "Assisting host governments in sustainable development, institution building and governance, "
                            + "livelihood and employment, and education", Institution.GOVERNANCE);
            indirect(Target.CONSEQUENCES, "training-security-and-law-enforcement",
                    "Capacity building and training of national security and law enforcement entities, "
                            + "including border management", Institution.SECURITY_FORCES);
            indirect(Target.CONSEQUENCES, "rehabilitation-and-reintegration",
                    "Assisting with the rehabilitation and reintegration of former members of violent "
                            + "extremist groups", Institution.JUSTICE);
            return this;
        }

        private Builder organizedCrime() {
            table(Challenge.ORGANIZED_CRIME, "table 2.2");
            direct(Target.DRIVERS, "alternative-livelihoods", "Alternative livelihoods and alternative legitimacies",
                    false, COMMUNITY);
            direct(Target.DRIVERS, "sensitization", "Sensitization to human rights, corruption and inclusiveness",
                    false, COMMUNITY);
            direct(Target.DRIVERS, "quick-impact-projects", "Quick-impact projects to support community resilience",
                    false, QUICK);
            direct(Target.DRIVERS, "community-engagement-and-resilience", "Community engagement and resilience building",
                    false, COMMUNITY);
            direct(Target.DRIVERS, "specialized-ddr", "Specialized disarmament, demobilization and reintegration projects",
                    false);
            direct(Target.CONSEQUENCES, "executive-policing", "Executive policing", true, ENFORCEMENT);
            direct(Target.CONSEQUENCES, "anti-gang-operations", "Anti-gang operations", true, ENFORCEMENT);
            direct(Target.CONSEQUENCES, "combating-organized-crime-and-banditry",
                    "Tracking, fighting and combating organized crime and banditry", true, ENFORCEMENT, INTELLIGENCE);
            direct(Target.CONSEQUENCES, "verifying-bans-and-moratoriums",
                    "Supporting, monitoring and verifying bans and moratoriums", false, THROUGH_HOST);
            direct(Target.CONSEQUENCES, "investigating-and-prosecuting",
                    "Investigating, prosecuting, adjudicating on and enforcement in cases of organized crime", true,
                    ENFORCEMENT);
            direct(Target.CONSEQUENCES, "border-security-and-counter-trafficking",
                    "Border security and counter-trafficking", true, ENFORCEMENT);
            direct(Target.CONSEQUENCES, "counter-narcotics", "Counter-narcotics, e.g. crop eradication and trade interdiction",
                    true, ENFORCEMENT);
            direct(Target.CONSEQUENCES, "vetting-police", "Vetting and certifying police forces", false, THROUGH_HOST);
            indirect(Target.DRIVERS, "assisting-development-and-anti-corruption",
                    "Assisting host governments in sustainable social and economic development, education and "
                            + "socio-economic opportunities; reducing corruption and supporting social justice",
                    Institution.GOVERNANCE);
            indirect(Target.DRIVERS, "rule-of-law-and-human-rights", "Supporting rule of law and human rights compliance",
                    Institution.JUSTICE);
            indirect(Target.DRIVERS, "institution-building", "Institution building and strengthening governance",
                    Institution.GOVERNANCE);
            indirect(Target.CONSEQUENCES, "training-police-border-and-justice",
                    "Supporting, training and building the capacity of the police, border security and coastguard, "
                            + "and the justice sector to tackle organized crime", Institution.POLICE);
            indirect(Target.CONSEQUENCES, "clearing-house", "Coordination or clearing house role", Institution.POLICE,
                    INTELLIGENCE);
            return this;
        }

        private Builder migration() {
            table(Challenge.MIGRATION_TRAFFICKING, "table 2.3");
            direct(Target.DRIVERS, "protection-of-civilians", "Protection of Civilians (PoC)", false);
            direct(Target.DRIVERS, "sensitization", "Sensitization to human rights, corruption and inclusiveness",
                    false, COMMUNITY);
            direct(Target.DRIVERS, "quick-impact-projects", "Quick-impact projects to support community resilience",
                    false, QUICK);
            direct(Target.DRIVERS, "community-violence-reduction",
                    "Community violence reduction projects, community engagement and resilience building", false,
                    COMMUNITY);
            direct(Target.DRIVERS, "provision-of-security", "Provision of security and supporting stability", false);
            direct(Target.DRIVERS, "rule-of-law-and-reconciliation", "Rule of law and reconciliation", false);
            direct(Target.DRIVERS, "ddr-projects", "Disarmament, demobilization and reintegration projects", false);
            direct(Target.CONSEQUENCES, "safe-areas", "Safe areas or zones", false);
            direct(Target.CONSEQUENCES, "protection-of-refugees-and-idps",
                    "Protection of refugees and internally displaced persons in the context of PoC", false);
            direct(Target.CONSEQUENCES, "security-in-camps", "Enhancing security in IDP and refugee camps", false);
            direct(Target.CONSEQUENCES, "facilitating-humanitarian-assistance",
                    "Facilitation or coordination of the provision of humanitarian assistance", false);
            direct(Target.CONSEQUENCES, "security-conditions-for-return",
                    "Establishing the security conditions conducive to humanitarian assistance and return", false);
            direct(Target.CONSEQUENCES, "facilitating-return",
                    "Facilitating, assisting or coordinating repatriation of refugees and return of IDPs", false);
            direct(Target.CONSEQUENCES, "reintegration-of-refugees-and-idps", "Reintegration of refugees and IDPs",
                    false);
            direct(Target.CONSEQUENCES, "border-monitoring", "Border monitoring", false, INTELLIGENCE, THROUGH_HOST);
            direct(Target.CONSEQUENCES, "assisting-migrants",
                    "Training courses and information for irregular migrants, shelter and voluntary return", false,
                    COMMUNITY);
            direct(Target.DRIVERS, "preventing-misconduct", "Preventing sexual exploitation, abuse and trafficking "
                    + "by mission personnel (Fit for Purpose ch. 3 'Do no harm'; DPKO, Human Trafficking and UN "
                    + "Peacekeeping)", false, INSIDE_FENCE);
            indirect(Target.DRIVERS, "assisting-development-and-anti-corruption",
                    "Assisting host governments in sustainable social and economic development, education, reducing "
                            + "corruption and supporting social justice", Institution.GOVERNANCE);
            indirect(Target.DRIVERS, "rule-of-law-and-human-rights", "Supporting rule of law and human rights compliance",
                    Institution.JUSTICE);
            indirect(Target.DRIVERS, "institution-building", "Institution building and strengthening governance",
                    Institution.GOVERNANCE);
            indirect(Target.DRIVERS, "security-sector-reform", "Security sector reform", Institution.SECURITY_FORCES);
            indirect(Target.CONSEQUENCES, "supporting-authorities-to-protect-civilians",
                    "Support local authorities to protect civilians", Institution.GOVERNANCE);
            indirect(Target.CONSEQUENCES, "supporting-camp-security", "Support local security enhancement in IDP and "
                    + "refugee camps", Institution.POLICE);
            indirect(Target.CONSEQUENCES, "supporting-return", "Support local authorities in the return of IDPs and "
                    + "refugees", Institution.GOVERNANCE);
            indirect(Target.CONSEQUENCES, "supporting-reintegration", "Support government reintegration efforts",
                    Institution.GOVERNANCE);
            indirect(Target.CONSEQUENCES, "monitoring-return", "Monitor the return of IDPs and refugees",
                    Institution.GOVERNANCE);
            indirect(Target.CONSEQUENCES, "good-offices-on-displacement",
                    "Good offices and support for dialogue on IDP and refugee issues", Institution.GOVERNANCE);
            indirect(Target.CONSEQUENCES, "strengthening-border-management",
                    "Strengthening border security and management institutions", Institution.BORDER_MANAGEMENT);
            indirect(Target.CONSEQUENCES, "prosecuting-traffickers-and-assisting-victims",
                    "Strengthening the capacity of authorities and civil society to prosecute traffickers and assist "
                            + "victims; training; public information campaigns", Institution.JUSTICE);
            indirect(Target.CONSEQUENCES, "managing-irregular-migration",
                    "Supporting the government with controlling, managing and fighting irregular migration",
                    Institution.BORDER_MANAGEMENT);
            return this;
        }

        private Builder environment() {
            table(Challenge.ENVIRONMENT, "table 2.4");
            direct(Target.DRIVERS, "reducing-footprint", "Reducing the environmental footprint of peace operations "
                    + "'inside the fence'", false, INSIDE_FENCE);
            direct(Target.DRIVERS, "analysing-criminal-networks-and-resources",
                    "Collecting and analysing information on the criminal networks that support armed groups, "
                            + "including on illegal exploitation of natural resources", false, INTELLIGENCE);
            direct(Target.DRIVERS, "interdicting-conflict-resources",
                    "Tracking and interdicting trade in conflict resources through enforcement of sanctions", true,
                    ENFORCEMENT);
            direct(Target.DRIVERS, "securing-extraction-sites",
                    "Improving natural resource management: monitoring, inspection and securing areas of natural "
                            + "resource extraction", true, ENFORCEMENT);
            direct(Target.DRIVERS, "preventive-mediation", "Preventively mediating emerging natural resource-related "
                    + "tensions", false, COMMUNITY);
            direct(Target.CONSEQUENCES, "mediation-in-resource-conflicts", "Providing mediation support in resource "
                    + "conflicts", false);
            direct(Target.CONSEQUENCES, "restitution-and-reconciliation", "Supporting post-resource conflict "
                    + "restitution, and truth and reconciliation processes", false);
            direct(Target.CONSEQUENCES, "rehabilitating-conflict-damage", "Cleaning up and rehabilitating conflict damage",
                    false);
            indirect(Target.DRIVERS, "exchanging-resource-trafficking-information",
                    "Exchanging information with relevant actors regarding the illegal trafficking of natural "
                            + "resources", Institution.NATURAL_RESOURCES, INTELLIGENCE);
            indirect(Target.DRIVERS, "natural-resource-management-capacity",
                    "Advising and building capacity of authorities to strengthen environmental and natural resource "
                            + "management", Institution.NATURAL_RESOURCES);
            indirect(Target.DRIVERS, "supporting-sanctions-monitoring",
                    "Supporting panels of experts with monitoring sanctions, and national governments to interdict and "
                            + "prevent resource trafficking", Institution.BORDER_MANAGEMENT);
            indirect(Target.DRIVERS, "justice-for-environmental-crime",
                    "Helping justice and corrections officials with the investigation and prosecution of environmental "
                            + "crime", Institution.JUSTICE);
            indirect(Target.DRIVERS, "environmental-early-warning", "Monitoring environmental security risks to provide "
                    + "early warning", Institution.NATURAL_RESOURCES);
            indirect(Target.DRIVERS, "climate-sensitivity", "Assisting host governments to develop climate sensitivity "
                    + "(climate change adaptation, reconstruction of water infrastructure)", Institution.GOVERNANCE);
            indirect(Target.DRIVERS, "regional-environmental-dialogue", "Supporting regional dialogues on transboundary "
                    + "and environmental issues", Institution.NATURAL_RESOURCES);
            indirect(Target.DRIVERS, "supporting-environmental-civil-society",
                    "Supporting civil society organizations and government policies that address environmental, "
                            + "climate and natural resource challenges", Institution.GOVERNANCE, COMMUNITY);
            indirect(Target.DRIVERS, "environmental-quick-impact-projects",
                    "Supporting environmental quick-impact projects for local communities", Institution.GOVERNANCE,
                    QUICK);
            indirect(Target.CONSEQUENCES, "environmental-management-outside-the-fence",
                    "Supporting improved environmental management 'outside the fence'", Institution.NATURAL_RESOURCES);
            indirect(Target.CONSEQUENCES, "environment-in-ddr", "Integrating environmental issues into disarmament, "
                    + "demobilization and reintegration programmes", Institution.SECURITY_FORCES);
            return this;
        }

        private Builder epidemics() {
            table(Challenge.EPIDEMICS, "table 2.5");
            direct(Target.DRIVERS, "preventive-health-for-personnel", "Implementing preventive health and safety "
                    + "measures for personnel", false, INSIDE_FENCE);
            direct(Target.DRIVERS, "waste-disposal", "Implementing proper disposal of waste products from mission bases",
                    false, INSIDE_FENCE);
            direct(Target.DRIVERS, "vaccinating-communities", "Administering vaccinations to non-mission personnel and "
                    + "communities", false, QUICK);
            direct(Target.DRIVERS, "health-services-for-communities", "Providing vaccinations and health services to "
                    + "non-mission personnel", false, QUICK);
            direct(Target.DRIVERS, "prevention-outreach", "Providing information and outreach on prevention", false,
                    COMMUNITY);
            direct(Target.CONSEQUENCES, "security-for-responders", "Providing security and a safe environment for local "
                    + "communities, local responders, and health and humanitarian workers", false);
            direct(Target.CONSEQUENCES, "healthcare-services", "Providing healthcare services and supplies for affected "
                    + "personnel and communities", false);
            direct(Target.CONSEQUENCES, "response-outreach", "Providing information and outreach on epidemic/pandemic "
                    + "response", false, COMMUNITY);
            direct(Target.CONSEQUENCES, "human-rights-monitoring", "Human rights monitoring", false, COMMUNITY,
                    REPORTING);
            indirect(Target.DRIVERS, "supporting-prevention", "Supporting the prevention efforts of local and national "
                    + "authorities, and of health sector and humanitarian actors", Institution.HEALTH);
            indirect(Target.DRIVERS, "prevention-in-security-training", "Integrating prevention into training and "
                    + "information for security and rule of law personnel", Institution.SECURITY_FORCES);
            indirect(Target.CONSEQUENCES, "supporting-health-sector", "Providing support to health sector and "
                    + "humanitarian actors", Institution.HEALTH);
            indirect(Target.CONSEQUENCES, "political-engagement", "Providing an enabling environment through political "
                    + "engagement", Institution.GOVERNANCE);
            indirect(Target.CONSEQUENCES, "coordinating-international-efforts", "Coordination of international efforts",
                    Institution.HEALTH);
            indirect(Target.CONSEQUENCES, "security-sector-and-police-reform", "Capacity-building, training and "
                    + "institutional reform of the security sector and the police", Institution.POLICE);
            indirect(Target.CONSEQUENCES, "support-for-rule-of-law", "Support for the rule of law", Institution.JUSTICE);
            return this;
        }

        private Builder protection() {
            table(Challenge.PROTECTION_OF_CIVILIANS, "tables 2.3 and 2.5, ch. 3");
            direct(Target.CONSEQUENCES, "physical-protection", "Protection of Civilians (PoC): presence, patrols and "
                    + "physical protection", false);
            direct(Target.CONSEQUENCES, "safe-areas", "Safe areas or zones", false);
            direct(Target.CONSEQUENCES, "security-for-communities", "Providing security and a safe environment for local "
                    + "communities", false);
            direct(Target.DRIVERS, "provision-of-security", "Provision of security and supporting stability", false);
            direct(Target.DRIVERS, "community-violence-reduction", "Community violence reduction projects", false,
                    COMMUNITY);
            direct(Target.DRIVERS, "mediating-community-conflicts", "Mediating community conflicts (ch. 3, 'Non-traditional "
                    + "security challenges are important to peace operations')", false, COMMUNITY);
            direct(Target.DRIVERS, "human-rights-monitoring", "Human rights and rule of law monitoring", false, COMMUNITY,
                    REPORTING);
            indirect(Target.CONSEQUENCES, "supporting-authorities-to-protect-civilians",
                    "Support local authorities to protect civilians", Institution.SECURITY_FORCES);
            return this;
        }

        private ActivityCatalogue build() {
            return new ActivityCatalogue(new ArrayList<>(rows));
        }
    }
}
