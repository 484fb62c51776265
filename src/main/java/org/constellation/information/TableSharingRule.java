package org.constellation.information;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.ActorType;
import org.constellation.model.InfoKind;
import org.constellation.model.InformationSharingRule;
import org.constellation.model.Relations;
import org.constellation.model.SharingContext;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;

/**
 * Sharing by a willingness table (<i>Fit for Purpose</i> ch. 4). Every {@code interval} steps, for
 * each ordered pair of active actors in contact (present in a common country, or anywhere if
 * cross-border sharing is on) and each kind of information, the sender passes it with probability
 * <pre>
 *   willingness(sender type, receiver type, kind) x min(1, (2 x trust(sender, receiver))^s)
 * </pre>
 * (the same-organisation willingness for two actors of one organisation), where trust is the
 * working trust that joint work builds and rotation erodes and s the trust sensitivity. The message
 * arrives after the kind's delay; the receiver adds doubt(receiver type, sender type) x 2 x
 * (1 - its trust in the sender) to its variance. In each country an actor shares with at most
 * {@code max_contacts} of the actors present there, drawn at random where more are ({@link Partners}).
 */
public final class TableSharingRule implements InformationSharingRule {

    static final ParameterDescriptor INTERVAL = new ParameterDescriptor("interval", 1, 1, 120, true, "steps",
            "Steps between sharing rounds", "Assumption: monthly");
    static final ParameterDescriptor DELAY_NEEDS = delay("needs", 1);
    static final ParameterDescriptor DELAY_PLANS = delay("plans", 1);
    static final ParameterDescriptor DELAY_INTEL = delay("intel", 0);
    static final ParameterDescriptor TRUST_SENSITIVITY = new ParameterDescriptor("trust_sensitivity", 1, 0, 10, false,
            "exponent", "How strongly working trust scales the willingness (0: not at all)",
            "Fit for Purpose ch. 4: sharing is personality-driven and grows with trust; value assumed");
    static final ParameterDescriptor CROSS_BORDER = new ParameterDescriptor("cross_border", 0, 0, 1, true, "0 or 1",
            "1: actors share with partners in other countries too; 0: only with those present in a common country",
            "Fit for Purpose ch. 4: missions are organised nationally; cross-border sharing on upcoming risks is rare");
    static final ParameterDescriptor MAX_CONTACTS = new ParameterDescriptor("max_contacts", 20, 0, 1000, true,
            "partners", "Most partners an actor shares with in one country in a sharing round, drawn at random among "
                    + "those present there when they are more (0: no limit)",
            "Fit for Purpose ch. 4: coordination is personality-driven and rests on personal chemistry and trust, "
                    + "which take staff time to keep up; value assumed (at monthly rounds, about one partner a working day)");

    private static final InfoKind[] KINDS = InfoKind.values();

    private final String name;
    private final SharingTable table;
    private final RuleConfig config;

    TableSharingRule(String name, SharingTable table, RuleConfig config) {
        this.name = name;
        this.table = table;
        this.config = config;
    }

    private static ParameterDescriptor delay(String kind, int def) {
        return new ParameterDescriptor("delay_" + kind, def, 0, 24, true, "steps",
                "Steps before shared " + kind + " arrive", "Assumption");
    }

    /** The parameters every table rule declares, with this preset's defaults. */
    static List<ParameterDescriptor> parameters(int delayNeeds, int delayPlans, int delayIntel, double sensitivity,
            int crossBorder, int maxContacts) {
        return List.of(INTERVAL, withDefault(DELAY_NEEDS, delayNeeds), withDefault(DELAY_PLANS, delayPlans),
                withDefault(DELAY_INTEL, delayIntel), withDefault(TRUST_SENSITIVITY, sensitivity),
                withDefault(CROSS_BORDER, crossBorder), withDefault(MAX_CONTACTS, maxContacts));
    }

    private static ParameterDescriptor withDefault(ParameterDescriptor d, double value) {
        return new ParameterDescriptor(d.key(), value, d.min(), d.max(), d.integer(), d.unit(), d.description(),
                d.source());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void share(SharingContext ctx, MersenneTwisterFast random) {
        if (ctx.step() % config.getInt(INTERVAL) != 0) {
            return;
        }
        boolean crossBorder = config.getInt(CROSS_BORDER) == 1;
        double sensitivity = config.get(TRUST_SENSITIVITY);
        int[] delays = new int[KINDS.length];
        for (InfoKind kind : KINDS) {
            delays[kind.ordinal()] = delay(kind);
        }
        Relations relations = ctx.relations();
        List<Actor> actors = ctx.actors();
        int[] organisation = organisations(actors);
        Partners partners = new Partners(actors, ctx.region().countries(), crossBorder, config.getInt(MAX_CONTACTS));
        for (Actor from : actors) {
            if (!from.isActive()) {
                continue;
            }
            int n = partners.choose(from, random);
            for (int i = 0; i < n; i++) {
                Actor to = partners.get(i);
                double trust = Math.min(1, power(2 * relations.trust(from.index(), to.index()), sensitivity));
                boolean sameOrganisation = organisation[from.index()] == organisation[to.index()];
                double doubt = table.doubt(to.type(), from.type()) * 2 * (1 - relations.trust(to.index(),
                        from.index()));
                for (InfoKind kind : KINDS) {
                    double w = sameOrganisation ? table.sameOrganisation(kind)
                            : table.willingness(from.type(), to.type(), kind);
                    if (w > 0 && ctx.shares(from, to, kind, random.nextDouble() < w * trust)) {
                        ctx.send(from, to, kind, delays[kind.ordinal()], doubt);
                    }
                }
            }
        }
    }

    /** A number per actor (by index) that two actors share if and only if they are of one organisation. */
    private static int[] organisations(List<Actor> actors) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[actors.size()];
        for (Actor a : actors) {
            out[a.index()] = ids.computeIfAbsent(a.organisation(), k -> ids.size());
        }
        return out;
    }

    /** {@code Math.pow(x, s)}, without its cost for the usual exponents 1 and 0, where it is x and 1 exactly. */
    private static double power(double x, double s) {
        if (s == 1) {
            return x;
        }
        return s == 0 ? 1 : Math.pow(x, s);
    }

    private int delay(InfoKind kind) {
        return switch (kind) {
            case NEEDS -> config.getInt(DELAY_NEEDS);
            case PLANS -> config.getInt(DELAY_PLANS);
            case INTEL -> config.getInt(DELAY_INTEL);
        };
    }

    /** The table with a scenario's overrides applied. */
    static SharingTable apply(SharingTable base, RuleConfig config) {
        SharingTable t = base;
        for (var sender : config.table().entrySet()) {
            for (var receiver : sender.getValue().entrySet()) {
                for (var kind : receiver.getValue().entrySet()) {
                    t = t.with(ActorType.byKey(sender.getKey()), ActorType.byKey(receiver.getKey()),
                            InfoKind.byKey(kind.getKey()), kind.getValue());
                }
            }
        }
        return t;
    }
}
