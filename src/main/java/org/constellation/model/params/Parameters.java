package org.constellation.model.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.Challenge;

/**
 * The catalogue of global model parameters, each declared once with its default, range, unit,
 * meaning and source. Numbers the reports do not give are marked as assumptions with the reasoning
 * behind them; {@code docs/parameters.md} lists them all and a test keeps it in step with this class.
 */
public final class Parameters {

    private static final String ASSUMED = "Assumption: ";
    private static final List<ParameterDescriptor> ALL = new ArrayList<>();
    private static final Map<Challenge, ParameterDescriptor> GROWTH = new EnumMap<>(Challenge.class);
    private static final Map<Challenge, ParameterDescriptor> RESOLUTION = new EnumMap<>(Challenge.class);
    private static final Map<Challenge, ParameterDescriptor> SPILL = new EnumMap<>(Challenge.class);
    private static final Map<Challenge, ParameterDescriptor> DECAY = new EnumMap<>(Challenge.class);

    static {
        double[][] dynamics = {
            // growth, resolution, spill, decay per challenge, in Challenge order
            {0.04, 0.2, 0.04, 0.02}, {0.04, 0.2, 0.04, 0.01}, {0.05, 0.2, 0.06, 0.02},
            {0.02, 0.1, 0.03, 0.01}, {0.12, 0.3, 0.10, 0.10}, {0.05, 0.2, 0.03, 0.03}};
        for (Challenge c : Challenge.all()) {
            double[] d = dynamics[c.ordinal()];
            GROWTH.put(c, declare("needs." + c.key() + ".growth", d[0], 0, 1, "per step",
                    "Rate at which the drivers of " + c.label().toLowerCase() + " raise its need (logistic growth)",
                    ASSUMED + "monthly rates chosen so a district with strong drivers and a weak state nears its "
                            + "equilibrium need within one to two years; epidemics grow and fade fastest (Fit for "
                            + "Purpose ch. 1, 'Defining non-traditional security challenges')."));
            RESOLUTION.put(c, declare("needs." + c.key() + ".resolution", d[1], 0, 1, "per step",
                    "Rate at which a present, capable and willing host state resolves the need by itself",
                    ASSUMED + "host institutions resolve needs in proportion to state presence, institutional "
                            + "capacity and willingness (Fit for Purpose ch. 4, 'Host government')."));
            SPILL.put(c, declare("needs." + c.key() + ".spill", d[2], 0, 1, "per step",
                    "Share of the need gap to a worse-off neighbouring district that spills over each step",
                    ASSUMED + "spill-over is what makes the challenges transnational (Fit for Purpose ch. 4, "
                            + "'International coordination': challenges are transnational and transboundary)."));
            DECAY.put(c, declare("needs." + c.key() + ".decay", d[3], 0, 1, "per step",
                    "Rate at which the need fades on its own (communities cope, epidemics burn out), state or not",
                    ASSUMED + "slow for structural challenges, fast for epidemics, whose waves last months."));
        }
    }

    public static final ParameterDescriptor CROSS_BORDER_FACTOR = declare("needs.cross_border_factor", 1.0, 0, 2,
            "multiplier", "Multiplier on spill-over along adjacency edges that cross a border",
            "Fit for Purpose ch. 4, 'International coordination': non-traditional challenges do not stop at borders; "
                    + "1 means a border is no barrier.");
    public static final ParameterDescriptor DRIVER_REVERSION = declare("drivers.reversion", 0.02, 0, 1, "per step",
            "Rate at which a district's drivers relax back to their structural level after activities lowered them",
            ASSUMED + "the effect of work on drivers lasts years (half-life about 35 months).");
    public static final ParameterDescriptor CONFLICT_COUPLING = declare("drivers.conflict_coupling", 0.02, 0, 1,
            "per step", "How much terrorism, organized crime and insecurity raise the drivers of displacement and "
                    + "of threats to civilians",
            "Fit for Purpose ch. 1: jihadist groups thrive on a vicious circle with criminal organizations and "
                    + "human traffickers; value assumed.");
    public static final ParameterDescriptor ENVIRONMENT_COUPLING = declare("drivers.environment_coupling", 0.02, 0, 1,
            "per step", "How much environmental degradation raises the drivers of community conflict and displacement",
            "Fit for Purpose ch. 3: community conflicts in Somalia and the Sahel fuelled by drought and changing "
                    + "herding routes; value assumed.");
    public static final ParameterDescriptor SATURATION = declare("effects.saturation", 3.0, 0.1, 100, "effort units",
            "Effort on one need cell (a district and challenge; drivers and consequences apart) in one step, of any "
                    + "activity types together, at which the cell's response reaches 63% of what its most effective "
                    + "work can remove; the most effective work counts first, effort beyond it is mostly wasted, "
                    + "which makes duplication costly (CellResponse)",
            ASSUMED + "diminishing returns of working on the same need in the same place, whatever the activity "
                    + "(Fit for Purpose ch. 4, 'The way forward': duplication or even competition).");
    public static final ParameterDescriptor EFFICACY_DIRECT_CONSEQUENCES = declare(
            "effects.efficacy.direct_consequences", 0.30, 0, 1, "share per step",
            "Largest share of a need that a saturated direct activity on consequences removes in one step",
            ASSUMED + "consequences work fast and strongly but leave drivers in place (Fit for Purpose tables 2.1-2.5).");
    public static final ParameterDescriptor EFFICACY_DIRECT_DRIVERS = declare("effects.efficacy.direct_drivers", 0.12,
            0, 1, "share per step", "Largest share of a driver that a saturated direct activity on drivers removes",
            ASSUMED + "work on drivers is slower than on consequences (Fit for Purpose tables 2.1-2.5).");
    public static final ParameterDescriptor EFFICACY_INDIRECT_CONSEQUENCES = declare(
            "effects.efficacy.indirect_consequences", 0.15, 0, 1, "share per step",
            "Largest share of a need an indirect activity on consequences removes through a fully present host",
            ASSUMED + "indirect work acts only as far as the host state is present, willing and not captured "
                    + "(Fit for Purpose ch. 4, 'Host government').");
    public static final ParameterDescriptor EFFICACY_INDIRECT_DRIVERS = declare("effects.efficacy.indirect_drivers",
            0.08, 0, 1, "share per step",
            "Largest share of a driver an indirect activity on drivers removes through a fully present host",
            ASSUMED + "the slowest and most lasting kind of work.");
    public static final ParameterDescriptor DELAY_DIRECT_CONSEQUENCES = declare("effects.delay.direct_consequences", 1,
            0, 60, true, "steps", "Time to effect of direct activities on consequences",
            ASSUMED + "one month.");
    public static final ParameterDescriptor DELAY_DIRECT_DRIVERS = declare("effects.delay.direct_drivers", 6, 0, 60,
            true, "steps", "Time to effect of direct activities on drivers", ASSUMED + "half a year.");
    public static final ParameterDescriptor DELAY_INDIRECT_CONSEQUENCES = declare(
            "effects.delay.indirect_consequences", 4, 0, 60, true, "steps",
            "Time to effect of indirect activities on consequences (training must be absorbed first)",
            ASSUMED + "a training cycle of a few months.");
    public static final ParameterDescriptor DELAY_INDIRECT_DRIVERS = declare("effects.delay.indirect_drivers", 12, 0,
            60, true, "steps", "Time to effect of indirect activities on drivers (institution building)",
            ASSUMED + "a year.");
    public static final ParameterDescriptor QUICK_DELAY_FACTOR = declare("effects.quick_delay_factor", 0.3, 0, 1,
            "multiplier", "Multiplier on the time to effect of quick-impact activities (QIPs, vaccinations)",
            ASSUMED + "'quick-impact' projects pay off within months (Fit for Purpose tables 2.2-2.5).");
    public static final ParameterDescriptor CAPACITY_BUILDING = declare("effects.capacity_building", 0.004, 0, 1,
            "capacity per effort unit", "Gain in a host institution's capacity per effort unit it absorbs",
            ASSUMED + "about ten years of sustained support to lift an institution from weak to capable.");
    public static final ParameterDescriptor DRIVER_VALUE = declare("planning.driver_value", 1.0, 0, 20, "multiplier",
            "Multiplier on what an actor expects from lowering a driver: the need the driver would have fed while the "
                    + "lowering lasts (near balance, (decay + resolution x host resolving power) x need a step, relaxing "
                    + "back at drivers.reversion), discounted over the actor's horizon (ActivityValuation)",
            ASSUMED + "1, what the model's own dynamics make a driver worth; it was a flat 3 before the worth was "
                    + "derived (a driver keeps feeding the need for years), which valued driver work about three to "
                    + "four times what the dynamics give at a 3-5 year horizon.");
    public static final ParameterDescriptor LASTING_WEIGHT = declare("planning.lasting_weight", 1.0, 0, 5,
            "multiplier", "Weight an actor gives the institutional capacity indirect work leaves (LastingGain) against "
                    + "the work's own effect on the need; 0 values indirect work for its effect alone",
            ASSUMED + "1, what the model's own mechanics make the capacity worth; other values test how much of the "
                    + "indirect work comes from this component (scenarios/experiments/planner-components.yaml).");
    public static final ParameterDescriptor HOST_EFFORT_CHANNEL = declare("planning.host_effort_channel", 1, 0, 1,
            true, "switch", "1: an actor values the capacity it builds for the host's own forces and services, whose "
                    + "work is more effective through a better functioning institution (host.effectiveness_floor); "
                    + "0: only for the need the host resolves, its reach and the capture its justice sector undoes",
            "Fit for Purpose ch. 2: UNPOL training and capacity building are the 'bread and butter' of missions on "
                    + "organized crime, so that host police and justice do the work afterwards; 1 is the model as "
                    + "designed, 0 switches the channel off for the components experiment.");
    public static final ParameterDescriptor CAPTURE_BELIEF = declare("planning.capture_belief", 1, 0, 1, true,
            "switch", "1: an actor expects a captured institution to divert the believed capture of its support, and "
                    + "withholds support above its conditionality; 0: it values support as if nothing were diverted",
            "Fit for Purpose ch. 6, recommendation 7 and ch. 3, 'Do no harm'; 1 is the model as designed, 0 "
                    + "switches the component off for the components experiment.");
    public static final ParameterDescriptor THREAT_WEIGHT = declare("planning.threat_weight", 0.3, 0, 5, "per strength unit",
            "Weight of an actor's belief about group strength in a district when it values enforcement and intelligence",
            ASSUMED + "enforcement goes where armed groups are believed to be.");
    public static final ParameterDescriptor ANTICIPATION = declare("planning.anticipation", 0.5, 0, 5, "multiplier",
            "Weight of the largest group strength an actor believes is in a neighbouring district when it values "
                    + "enforcement (preparing for groups that may move in)",
            ASSUMED + "actors who know a group is next door guard against it; what they know of other districts "
                    + "comes only from sharing.");
    public static final ParameterDescriptor CHUNK = declare("planning.chunk", 1.0, 0.1, 100, "effort units",
            "Granularity with which actors allocate their effort", ASSUMED + "a team-month.");
    public static final ParameterDescriptor RESERVATION_VALUE = declare("planning.reservation_value", 0.001, 0, 10,
            "value per effort unit", "Value per effort unit below which an actor does not spend a unit: it holds the "
                    + "staff time back (donors bank the money until the end of the funding cycle)",
            ASSUMED + "the worth of the best use of a unit elsewhere (another country, headquarters), which the "
                    + "sources do not give; 0.001, a unit that removes 0.1% of a full need at priority 1, is about a "
                    + "hundredth of a unit of direct work on a fresh, moderate need and a fifth of the lasting value "
                    + "of a unit of training in the Sahel, so only nearly worthless work (saturated needs, overloaded "
                    + "or captured institutions) is left undone.");
    public static final ParameterDescriptor PLAN_MEMORY = declare("planning.known_plan_memory", 3, 0, 24, true, "steps",
            "How long an actor remembers what it learned of others' activities", ASSUMED + "a quarter.");
    public static final ParameterDescriptor PROCESS_NOISE = declare("beliefs.process_noise", 0.002, 0, 1,
            "variance per step", "Growth per step of the uncertainty of a belief that is not refreshed",
            ASSUMED + "a belief a year old is about as uncertain as the prior.");
    public static final ParameterDescriptor PRIOR_MEAN = declare("beliefs.prior_mean", 0.3, 0, 1, "need",
            "What an actor assumes about a need it has never observed", ASSUMED + "a moderate need.");
    public static final ParameterDescriptor PRIOR_VARIANCE = declare("beliefs.prior_variance", 0.05, 0.0001, 1,
            "variance", "Uncertainty of the prior belief", ASSUMED + "a standard deviation of about 0.22.");
    public static final ParameterDescriptor CAPTURE_PRIOR = declare("beliefs.capture_prior", 0.2, 0, 1, "capture",
            "What an actor assumes about the capture of a host institution before it has observed the country",
            ASSUMED + "most host states of peace operations are partly captured (Fit for Purpose ch. 4, 'Host "
                    + "government': 'mafia bazars'); the prior variance is beliefs.prior_variance.");
    public static final ParameterDescriptor CAPTURE_NOISE = declare("beliefs.capture_noise", 0.2, 0, 1, "capture",
            "Standard deviation of one month's observation of a host institution's capture by an actor present in "
                    + "the country",
            ASSUMED + "capture is hidden by nature (Fit for Purpose ch. 3, 'Do no harm': assistance to captured "
                    + "institutions is used to strengthen criminal organizations); with the process noise, a few months "
                    + "in the country settle the estimate within about +/-0.09 (one standard deviation).");
    public static final ParameterDescriptor ACTIVITY_VISIBILITY = declare("beliefs.activity_visibility", 0.3, 0, 1,
            "probability per step", "Chance that an actor notices another actor's activity in a district where both "
                    + "are present",
            "Fit for Purpose ch. 4, 'UN whole of system': consultation and information sharing are generally "
                    + "unsystematic; value assumed.");
    public static final ParameterDescriptor ROTATION_KNOWLEDGE_LOSS = declare("beliefs.rotation_loss", 0.5, 0, 1,
            "share", "Share of an actor's accumulated knowledge (belief precision) lost when its staff rotate",
            "Fit for Purpose ch. 4, 'International coordination': lessons and structures disappear when people "
                    + "and operations leave; value assumed.");
    public static final ParameterDescriptor RELATIONS_INITIAL = declare("relations.initial", 0.5, 0, 1, "trust",
            "Working trust between two actors before they have worked together", ASSUMED + "neutral.");
    public static final ParameterDescriptor ROTATION_TRUST_LOSS = declare("relations.rotation_loss", 0.3, 0, 1,
            "share", "Share of working trust between two actors lost when either one's staff rotate",
            "Fit for Purpose ch. 4, 'Inter-mission coordination': cooperation is very much personality-driven; "
                    + "value assumed.");
    public static final ParameterDescriptor JOINT_WORK_TRUST_GAIN = declare("relations.joint_work_gain", 0.02, 0, 1,
            "per step", "Gain in working trust between two actors per step of joint work",
            "Fit for Purpose ch. 4: successful coordination is explained by personal chemistry and trust; value assumed.");
    public static final ParameterDescriptor INSTITUTION_DECAY = declare("host.capacity_decay", 0.005, 0, 1,
            "per step", "Rate at which host institutions lose capacity without support",
            ASSUMED + "slow erosion of unfunded institutions.");
    public static final ParameterDescriptor BRAIN_DRAIN = declare("host.brain_drain", 0.00005, 0, 0.01,
            "per effort unit per step", "Extra capacity loss of host institutions per effort unit of international "
                    + "actors in the country",
            "Fit for Purpose ch. 4, 'Host government': host countries suffer a brain drain as educated nationals are "
                    + "contracted by international actors; value assumed.");
    public static final ParameterDescriptor STATE_PRESENCE_RATE = declare("host.state_presence_rate", 0.05, 0, 1,
            "per step", "Rate at which state presence in a district moves towards what host capacity and armed-group "
                    + "control allow", ASSUMED + "a year or two to extend or lose state authority.");
    public static final ParameterDescriptor HOST_EFFECTIVENESS_FLOOR = declare("host.effectiveness_floor", 0.3, 0, 1,
            "share", "Effectiveness of the host's own forces and services when the institution they work through "
                    + "does not function at all", ASSUMED + "raw numbers count for something.");
    public static final ParameterDescriptor CONTROL_SCALE = declare("host.control_scale", 2.0, 0.1, 100, "strength",
            "Group strength in a district at which it halves the state presence that is possible there",
            ASSUMED + "scale of the strength units.");
    public static final ParameterDescriptor CONSENT_THRESHOLD = declare("host.consent_threshold", 0.3, 0, 1, "consent",
            "Host consent to a mission below which the host withdraws it: the mission keeps working through "
                    + "host.withdrawal_notice steps of drawdown, then must leave the country",
            "Fit for Purpose ch. 3, 'Overstepping mandates and mission creep': missions act only with host consent.");
    public static final ParameterDescriptor CONSENT_RATE = declare("host.consent_rate", 0.05, 0, 1, "per step",
            "Rate at which a host's consent and willingness move towards what the step's politics make of them",
            ASSUMED + "a government's stance on a partner shifts over a year or two, not month to month.");
    public static final ParameterDescriptor CONSENT_EFFORT_SCALE = declare("host.consent_effort_scale", 5, 0.1, 1e4,
            "effort units per step", "International effort of one kind in a country per step at which its weight on "
                    + "the host's consent is half its full weight (effort / (effort + scale))",
            ASSUMED + "about the enforcement effort of a mid-sized mission in one country.");
    public static final ParameterDescriptor CONSENT_ENFORCEMENT = declare("host.consent_enforcement", 0.5, 0, 1,
            "consent", "Consent lost at full weight when international partners enforce against groups tied to the "
                    + "regime (weighted by the groups' ties)",
            "Fit for Purpose ch. 3, 'Do no harm' (prosecuting the main players or keeping the consent of the state); "
                    + "Multilateral Peace Operations and the Challenges of Organized Crime, section IV ('consent cannot "
                    + "be assumed' where officials are implicated); value assumed.");
    public static final ParameterDescriptor CONSENT_REPORTING = declare("host.consent_reporting", 0.15, 0, 1, "consent",
            "Consent lost at full weight when international partners report on human rights in the country",
            "Fit for Purpose ch. 3, 'Do no harm': UNSMIL obstructed in its human rights reporting after reporting "
                    + "on violations in government detention centres; value assumed.");
    public static final ParameterDescriptor CONSENT_PARTISANSHIP = declare("host.consent_partisanship", 0.2, 0, 1,
            "consent", "Consent gained at full weight when missions take the host's side in counter-terrorism "
                    + "(their enforcement on terrorism), and lost at full weight when the host's first priority, "
                    + "terrorism, gets none of their enforcement",
            "Fit for Purpose ch. 3, 'Legitimacy, politicization and impartiality' (MINUSMA portrayed as partisan for "
                    + "supporting the G5 Sahel Joint Force; CT makes missions a party) and ch. 4, 'Host government' "
                    + "(host priorities focus on armed groups); value assumed.");
    public static final ParameterDescriptor CONSENT_DELIVERY = declare("host.consent_delivery", 0.4, 0, 1, "consent",
            "Consent gained per unit of the population's trust in international partners above its neutral level "
                    + "(and lost below it): a government hardly expels partners its people value",
            "Fit for Purpose ch. 3, 'The people-centred approach and winning hearts and minds' (delivery raises "
                    + "legitimacy); that a host's consent follows it is an assumption, as is the value.");
    public static final ParameterDescriptor CONSENT_CAPTURE = declare("host.consent_capture", 0.5, 0, 1, "consent",
            "Consent lost per unit that the mean capture of the host's institutions rose since the start (captured "
                    + "elites shield themselves from outside scrutiny)",
            "Multilateral Peace Operations and the Challenges of Organized Crime, section IV (groups with government "
                    + "connections use sovereignty to shield off external intervention); value assumed.");
    public static final ParameterDescriptor WILLINGNESS_CAPTURE = declare("host.willingness_capture", 0.5, 0, 1,
            "willingness", "Willingness lost per unit that the mean capture of the host's institutions rose since the "
                    + "start", "Fit for Purpose ch. 4, 'Host government' (unable, unwilling or captured states); value "
                    + "assumed.");
    public static final ParameterDescriptor WILLINGNESS_DELIVERY = declare("host.willingness_delivery", 0.3, 0, 1,
            "willingness", "Willingness gained per unit of the population's trust in its own government above its "
                    + "neutral level (and lost below it)",
            ASSUMED + "a government that sees its legitimacy grow invests in the services that earn it (Fit for "
                    + "Purpose ch. 3, 'The people-centred approach').");
    public static final ParameterDescriptor PARTNER_PREFERENCE = declare("host.partner_preference", 0.3, 0, 1,
            "consent", "How far a host's consent to one partner rises or falls with how much better or worse its terms "
                    + "suit the host than the average partner's (play partners off against each other)",
            "Multilateral Peace Operations and the Challenges of Organized Crime, section IV (groups with government "
                    + "connections use international interventions to deal with competitors); Fit for Purpose ch. 4, "
                    + "'Inter-mission coordination' (different missions manage the consent of different host "
                    + "governments); value assumed.");
    public static final ParameterDescriptor PREFERENCE_MEMORY = declare("host.preference_memory", 0.1, 0.001, 1,
            "per step", "Weight of this step's work in a host's running view of a partner's terms",
            ASSUMED + "a host judges a partner on its last year or so of work.");
    public static final ParameterDescriptor WITHDRAWAL_NOTICE = declare("host.withdrawal_notice", 6, 0, 120, true,
            "steps", "Steps between a host's withdrawal of consent (its consent to a mission falls below "
                    + "host.consent_threshold) and the mission's forced exit; the mission draws down meanwhile",
            "Public record: Mali asked MINUSMA to leave on 16 June 2023; UN Security Council resolution 2690 of 30 June "
                    + "2023 set its withdrawal for 31 December 2023, about six months.");
    public static final ParameterDescriptor LEAK_RATE = declare("host.leak_rate", 0.3, 0, 1, "chance",
            "Chance that a report of intelligence on a district, shared with a host, reaches a group there fully tied "
                    + "to the institution that receives it (scaled by the group's ties)",
            "Fit for Purpose ch. 4, 'Host government' (operations hold back sensitive information, uncertain what "
                    + "will happen to it); Multilateral Peace Operations and the Challenges of Organized Crime, section "
                    + "IV (officials implicated in organized crime); value assumed.");
    public static final ParameterDescriptor LEAK_WARNING = declare("groups.leak_warning", 3, 0, 120, true, "steps",
            "Steps a leaked report warns a group: it loses less to enforcement and keeps away from it",
            ASSUMED + "a warning is worth a few months, until the picture changes.");
    public static final ParameterDescriptor LEAK_SHIELD = declare("groups.leak_shield", 0.5, 0, 1, "share",
            "Share of the strength it would lose to enforcement that a warned group saves",
            ASSUMED + "a warned network moves people and goods out of reach before operations.");
    public static final ParameterDescriptor LEAK_AVERSION = declare("groups.leak_aversion", 2, 1, 10, "factor",
            "How many times more a warned group shuns districts under enforcement when it chooses where to move",
            ASSUMED + "a group that knows an operation is coming keeps away from it.");
    public static final ParameterDescriptor DOCTRINE_DECAY = declare("doctrine.decay", 0.05, 0, 1, "per step",
            "Rate at which the imprint of past training on an institution fades",
            ASSUMED + "training imprints fade over about two years.");
    public static final ParameterDescriptor DOCTRINE_PENALTY = declare("doctrine.penalty", 0.5, 0, 1, "share",
            "Share of an institution's effectiveness lost when it is trained in fully incompatible doctrines",
            "Fit for Purpose ch. 4, 'International coordination': Somali security forces operating under different "
                    + "doctrines and incompatible training; value assumed.");
    public static final ParameterDescriptor GROUP_GROWTH = declare("groups.growth", 0.08, 0, 1, "per step",
            "Growth rate of a group where needs go unmet and the state is absent",
            "Fit for Purpose ch. 3: armed groups exploit the absence or weak presence of the state; value assumed.");
    public static final ParameterDescriptor GROUP_CARRYING = declare("groups.carrying_capacity", 10, 0.1, 1000,
            "strength", "Strength a district of full opportunity can sustain", ASSUMED + "scale of the strength units.");
    public static final ParameterDescriptor GROUP_ATTRITION = declare("groups.attrition", 0.02, 0, 1, "per step",
            "Natural decline of a group's strength", ASSUMED + "defection and losses.");
    public static final ParameterDescriptor ENFORCEMENT_EFFECT = declare("groups.enforcement_effect", 1.0, 0, 10,
            "share per unit pressure", "Strength a group loses per unit of enforcement pressure on it",
            ASSUMED + "a saturated enforcement effort removes about a third of a group's strength in a month.");
    public static final ParameterDescriptor MOVE_SENSITIVITY = declare("groups.move_sensitivity", 3.0, 0, 100,
            "per attractiveness unit", "How readily a group relocates to a more attractive neighbouring district, "
                    + "across a border too",
            ASSUMED + "groups relocate when pressed; the sources describe crime as transnational and a mission's "
                    + "reach as ending at the host's border (Multilateral Peace Operations and the Challenges of Organized "
                    + "Crime, section V), but give no displacement rate.");
    public static final ParameterDescriptor MOVE_COST = declare("groups.move_cost", 0.1, 0, 10, "attractiveness",
            "How much more attractive a neighbouring district must be before a group relocates (moving costs "
                    + "contacts, routes and protection)", ASSUMED + "groups keep their bases unless pressed.");
    public static final ParameterDescriptor ENFORCEMENT_AVERSION = declare("groups.enforcement_aversion", 3.0, 0, 100,
            "per unit pressure", "How much enforcement pressure lowers a district's attractiveness to a group",
            ASSUMED + "groups move away from enforcement (displacement).");
    public static final ParameterDescriptor NEED_PRESSURE = declare("groups.need_pressure", 0.02, 0, 1, "per step",
            "Need a group adds each step to its challenges in its district, at full relative strength",
            ASSUMED + "groups are a source of insecurity, crime and displacement.");
    public static final ParameterDescriptor REVENUE_RATE = declare("groups.revenue_rate", 0.1, 0, 10, "per step",
            "Illicit revenue a group draws per unit of strength from the unmet need of its criminal markets",
            "Fit for Purpose ch. 3: armed groups funded through criminal activities and natural resources; value assumed.");
    public static final ParameterDescriptor REVENUE_TO_STRENGTH = declare("groups.revenue_to_strength", 0.05, 0, 10,
            "strength per revenue unit", "Strength a group buys with one unit of revenue (including diverted assistance)",
            ASSUMED + "money buys recruits and arms.");
    public static final ParameterDescriptor CAPTURE_RATE = declare("groups.capture_rate", 0.02, 0, 1,
            "per step", "Largest rate at which illicit revenue (half of it at one revenue unit per step) captures the "
                    + "host state's institutions",
            "Multilateral Peace Operations and the Challenges of Organized Crime, section IV (groups left untouched "
                    + "'criminalize the state'); Human Trafficking and UN Peacekeeping, 'Issue', para 6 (criminal power "
                    + "structures seek to capture law enforcement and judiciary); Fit for Purpose ch. 4 ('mafia bazars'); "
                    + "value assumed.");
    public static final ParameterDescriptor DIVERSION_TO_GROUPS = declare("groups.diversion_to_groups", 0.2, 0, 1,
            "share", "Share of assistance diverted by a captured state that reaches criminal and armed groups (the "
                    + "rest enriches the captured elite and deepens capture)",
            "Fit for Purpose ch. 3, 'Do no harm': assistance to captured institutions strengthens criminal "
                    + "organizations; value assumed.");
    public static final ParameterDescriptor DIVERSION_VALUE = declare("groups.diversion_value", 0.1, 0, 10,
            "revenue units per effort unit", "Illicit revenue one diverted effort unit of assistance is worth",
            ASSUMED + "only part of a training or project budget can be captured as cash or equipment.");
    public static final ParameterDescriptor CAPTURE_RECOVERY = declare("groups.capture_recovery", 0.03, 0, 1, "per step",
            "Rate at which a capable justice sector and civil-society scrutiny undo capture",
            ASSUMED + "slow recovery of captured institutions.");
    public static final ParameterDescriptor TRUST_RATE = declare("trust.rate", 0.1, 0, 1, "per step",
            "Rate at which the population's trust in an actor moves towards what it experiences",
            ASSUMED + "perceptions settle within a year.");
    public static final ParameterDescriptor TRUST_INITIAL = declare("trust.initial", 0.5, 0, 1, "trust",
            "The population's trust in an actor it has no experience of", ASSUMED + "neutral.");
    public static final ParameterDescriptor TRUST_BENEFIT = declare("trust.benefit_weight", 4.0, 0, 100, "multiplier",
            "How much the need an actor removes in a district raises the population's trust in it",
            "Fit for Purpose ch. 3, 'The people-centred approach': activities that deliver increase legitimacy; "
                    + "value assumed.");
    public static final ParameterDescriptor TRUST_HARM = declare("trust.harm_weight", 20.0, 0, 1000, "multiplier",
            "How much harm done inside the fence (trafficking demand, disease, footprint) lowers trust in a mission",
            "Fit for Purpose ch. 3: MINUSTAH as cholera vector and sexual exploitation and abuse reduced trust; value assumed.");
    public static final ParameterDescriptor TRUST_BUNKER = declare("trust.bunker_penalty", 0.3, 0, 1, "trust",
            "Trust a fully bunkerized mission loses because the population feels unheard",
            "Fit for Purpose ch. 4, 'Civil society': military components 'bunkerize', causing frustration.");
    public static final ParameterDescriptor TRUST_CAPTURE = declare("trust.capture_penalty", 0.5, 0, 1, "trust",
            "Trust in a fully captured host government lost by the population", ASSUMED + "corruption delegitimizes.");
    public static final ParameterDescriptor HARM_TRAFFICKING = declare("harm.trafficking_demand", 0.004, 0, 1,
            "need per 1,000 personnel per step", "Trafficking need created by unmitigated mission personnel in a district",
            "Human Trafficking and UN Peacekeeping (DPKO), 'Issue', para 6: any influx of peacekeeping personnel "
                    + "creates a source of demand; UN Peacekeeping Mission and its Nexus to Human Trafficking, 'Case Study'; "
                    + "value assumed (no source gives a rate).");
    public static final ParameterDescriptor HARM_DISEASE = declare("harm.disease_vector", 0.001, 0, 1,
            "need per 1,000 personnel per step", "Epidemic need introduced by unmitigated mission personnel",
            "Fit for Purpose ch. 3, 'Do no harm': MINUSTAH as vector of cholera, HIV/AIDS; value assumed.");
    public static final ParameterDescriptor HARM_FOOTPRINT = declare("harm.footprint", 0.002, 0, 1,
            "need per 1,000 personnel per step", "Environmental need created by an unmitigated mission footprint",
            "Fit for Purpose ch. 2, 'Environmental degradation': the footprint 'inside the fence'; value assumed.");
    public static final ParameterDescriptor MITIGATION_RATE = declare("harm.mitigation_rate", 0.3, 0, 1,
            "per effort unit", "Rise in a mission's harm mitigation per effort unit spent on inside-the-fence work",
            ASSUMED + "a few team-months put basic measures in place.");
    public static final ParameterDescriptor MITIGATION_DECAY = declare("harm.mitigation_decay", 0.03, 0, 1, "per step",
            "Decay of harm mitigation without upkeep (rotations bring untrained personnel)", ASSUMED + "a few years.");
    public static final ParameterDescriptor CSO_RISK = declare("civil_society.risk", 0.6, 0, 1, "share",
            "Share of a civil society organisation's capacity lost where armed groups are strong",
            "Fit for Purpose ch. 4, 'Civil society': organisations may be at special risk in insecure environments.");
    public static final ParameterDescriptor UNCT_SECURITY_THRESHOLD = declare("unct.security_threshold", 2.0, 0, 1000,
            "strength", "Believed group strength above which UN Country Team agencies stay out of a district",
            "Fit for Purpose ch. 4, 'UN whole of system': the UN Country Team is often not active where peace "
                    + "operations deploy; value assumed.");
    public static final ParameterDescriptor UNCT_HOST_ALIGNMENT = declare("unct.host_alignment", 0.5, 0, 1, "share",
            "Weight of the host government's priorities in a UN Country Team agency's own",
            "Fit for Purpose ch. 4: the UN Country Team answers to the host government.");
    public static final ParameterDescriptor FUNDING_CYCLE = declare("funding.cycle", 12, 1, 120, true, "steps",
            "Length of a budget or project cycle, when funding is renewed and earmarked actors re-plan",
            ASSUMED + "annual budgets.");
    public static final ParameterDescriptor DEPLOYMENT_NOTICE = declare("deployment.notice", 6, 0, 120, true,
            "steps", "How long before a deployment's end the end is announced (and becomes known to every actor), "
                    + "unless the scenario gives the announcement",
            "Public record: UN Security Council resolution 2690 of 30 June 2023 ended MINUSMA's mandate and set its "
                    + "withdrawal for 31 December 2023, about six months; using it for every exit is an assumption.");
    public static final ParameterDescriptor COST_ELASTICITY = declare("coordination.cost_elasticity", 1.0, 0, 2,
            "exponent", "How mechanism costs scale with the size of the actor who pays: cost = declared cost x "
                    + "(nominal capacity / coordination.reference_capacity)^this; 1: a share of its staff time, "
                    + "0: the same flat cost for every actor",
            ASSUMED + "a coordination task takes a share of each organisation's staff time (a focal point in a large "
                    + "mission coordinates more sections than in a small office); 0 restores flat costs.");
    public static final ParameterDescriptor COST_REFERENCE_CAPACITY = declare("coordination.reference_capacity", 10,
            0.1, 1e6, "effort units per step", "Nominal capacity of the actor who pays exactly the declared cost "
                    + "of a mechanism",
            ASSUMED + "a mid-sized actor (a CSDP mission, a large agency or donor office); MINUSMA at 40 pays four "
                    + "times the declared cost, a civil-society organisation at 2 a fifth.");
    public static final ParameterDescriptor METRIC_GAP_THRESHOLD = declare("metrics.gap_threshold", 0.3, 0, 1, "need",
            "Need above which a district-challenge cell counts as in need: the coverage metrics' baseline cells, and "
                    + "the cells joint analysis flags",
            ASSUMED + "a moderate need.");
    public static final ParameterDescriptor METRIC_TRANSITION_WINDOW = declare("metrics.transition_window", 12, 1, 120,
            true, "steps", "How long after an actor closes its former cells are watched for effort nobody replaced",
            ASSUMED + "the first year after closure (Fit for Purpose ch. 6, recommendation 9).");
    public static final ParameterDescriptor METRIC_TRANSITION_BASELINE = declare("metrics.transition_baseline", 12, 1,
            120, true, "steps", "Length of a closing actor's reference period (ending when its exit became known), "
                    + "over which its effort per need cell target is averaged",
            ASSUMED + "a year, so that budget cycles and rotations average out.");
    public static final ParameterDescriptor METRIC_SATURATED_SHARE = declare("metrics.saturated_share", 0.95, 0.5,
            0.999, "share", "Share of its saturation at which a need cell's target counts as saturated in the metrics: "
                    + "further work adds less than the rest of what it adds on an empty cell, and effort beyond it is "
                    + "redundant (CellResponse; with effects.saturation 3, about 9 effort units per step)",
            ASSUMED + "the point where diminishing returns leave less than 5% of the effect to gain.");

    private static final Map<String, ParameterDescriptor> BY_KEY = index();

    private Parameters() {
    }

    private static ParameterDescriptor declare(String key, double def, double min, double max, String unit,
            String description, String source) {
        return declare(key, def, min, max, false, unit, description, source);
    }

    private static ParameterDescriptor declare(String key, double def, double min, double max, boolean integer,
            String unit, String description, String source) {
        ParameterDescriptor d = new ParameterDescriptor(key, def, min, max, integer, unit, description, source,
                ALL.size());
        ALL.add(d);
        return d;
    }

    private static Map<String, ParameterDescriptor> index() {
        Map<String, ParameterDescriptor> map = new LinkedHashMap<>();
        for (ParameterDescriptor d : ALL) {
            if (map.put(d.key(), d) != null) {
                throw new IllegalStateException("Duplicate parameter " + d.key());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Every parameter, in declaration order. */
    public static List<ParameterDescriptor> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The parameter with this key, or null. */
    public static ParameterDescriptor find(String key) {
        return BY_KEY.get(key);
    }

    /** Growth rate of a challenge's need. */
    public static ParameterDescriptor growth(Challenge c) {
        return GROWTH.get(c);
    }

    /** Host resolution rate of a challenge's need. */
    public static ParameterDescriptor resolution(Challenge c) {
        return RESOLUTION.get(c);
    }

    /** Natural decay rate of a challenge's need. */
    public static ParameterDescriptor decay(Challenge c) {
        return DECAY.get(c);
    }

    /** Spill-over rate of a challenge's need. */
    public static ParameterDescriptor spill(Challenge c) {
        return SPILL.get(c);
    }
}
