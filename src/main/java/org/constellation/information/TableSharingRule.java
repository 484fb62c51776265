package org.constellation.information;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.constellation.model.ActorType;
import org.constellation.model.InfoKind;
import org.constellation.model.InformationSharingRule;
import org.constellation.model.SharingContext;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.world.District;

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
 * (1 - its trust in the sender) to its variance.
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
            int crossBorder) {
        return List.of(INTERVAL, withDefault(DELAY_NEEDS, delayNeeds), withDefault(DELAY_PLANS, delayPlans),
                withDefault(DELAY_INTEL, delayIntel), withDefault(TRUST_SENSITIVITY, sensitivity),
                withDefault(CROSS_BORDER, crossBorder));
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
        List<Actor> actors = ctx.actors();
        for (Actor from : actors) {
            if (!from.isActive()) {
                continue;
            }
            for (Actor to : actors) {
                if (to == from || !to.isActive() || !(crossBorder || inContact(from, to))) {
                    continue;
                }
                double trust = Math.min(1, Math.pow(2 * ctx.relations().trust(from.index(), to.index()), sensitivity));
                boolean sameOrganisation = from.organisation().equals(to.organisation());
                double doubt = table.doubt(to.type(), from.type()) * 2 * (1 - ctx.relations().trust(to.index(),
                        from.index()));
                for (InfoKind kind : InfoKind.values()) {
                    double w = sameOrganisation ? table.sameOrganisation(kind)
                            : table.willingness(from.type(), to.type(), kind);
                    if (w > 0 && ctx.shares(from, to, kind, random.nextDouble() < w * trust)) {
                        ctx.send(from, to, kind, delay(kind), doubt);
                    }
                }
            }
        }
    }

    private int delay(InfoKind kind) {
        return switch (kind) {
            case NEEDS -> config.getInt(DELAY_NEEDS);
            case PLANS -> config.getInt(DELAY_PLANS);
            case INTEL -> config.getInt(DELAY_INTEL);
        };
    }

    private static boolean inContact(Actor a, Actor b) {
        for (District d : a.presence()) {
            for (District e : b.presence()) {
                if (d.country() == e.country()) {
                    return true;
                }
            }
        }
        return false;
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
