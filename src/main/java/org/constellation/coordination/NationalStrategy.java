package org.constellation.coordination;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.constellation.model.Challenge;
import org.constellation.model.CoordinationContext;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.InfoKind;
import org.constellation.model.Institution;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.world.Country;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;

/**
 * A host-led national strategic plan that partners align to: "in the absence of a national
 * strategy, international actors tend to focus on their own interests and mandates ... Once
 * developed, if international actors support the plan as required, coordinating activities will
 * become easier"; but "weak or unwilling governments may not initially be in a position to
 * coordinate" (<i>Fit for Purpose</i> ch. 4, "Host government"); host governments "often have the
 * best overview of who is doing what on their territory" (ch. 6, recommendation 5).
 *
 * <p>Each step, in each country whose host has a national strategy (unless the flag is not required)
 * and is able (mean functioning of its institutions at least {@code min_capacity}) and willing
 * ({@code min_willingness}): partners present there weight each challenge by how the host ranks it,
 * send the host their plans and needs, and the host passes every partner's plan on to the others
 * (one step later) and shares its own assessment.
 */
public final class NationalStrategy implements CoordinationMechanism {

    public static final String NAME = "national-strategy";
    static final ParameterDescriptor MIN_WILLINGNESS = Declare.real("min_willingness", 0.5, 0, 1, "willingness",
            "Host willingness below which the strategy is not used", "Fit for Purpose ch. 4; value assumed");
    static final ParameterDescriptor MIN_CAPACITY = Declare.real("min_capacity", 0.25, 0, 1, "capacity",
            "Mean functioning of host institutions below which the host cannot lead", "Fit for Purpose ch. 4; value assumed");
    static final ParameterDescriptor ALIGNMENT = Declare.real("alignment", 1.0, 0, 10, "multiplier",
            "How strongly partners align their priorities to the host's", "Assumption");
    static final ParameterDescriptor HOST_COST = Declare.cost("host_cost", 1.0, "host government",
            "Assumption: a national coordination secretariat");
    static final ParameterDescriptor PARTNER_COST = Declare.cost("partner_cost", 0.1, "partner",
            "Assumption: reporting to the host");
    static final ParameterDescriptor REQUIRE_FLAG = Declare.whole("require_flag", 1, 0, 1, "0 or 1",
            "1: only hosts whose scenario gives national_strategy: true lead one; 0: every able and willing host",
            "Fit for Purpose ch. 4: a host may or may not have a national strategy");

    private final MechanismConfig config;

    NationalStrategy(MechanismConfig config) {
        this.config = config;
    }

    /** The registry entry. */
    public static MechanismInfo info() {
        return new MechanismInfo(NAME, "A host-led plan partners align to; works only where the host is able and willing",
                "In each country whose host has a strategy (if `require_flag`), willingness >= `min_willingness` and "
                        + "mean institutional functioning >= `min_capacity`: partners' weight on each challenge x (1 + "
                        + "`alignment` x (host priority - mean host priority)); partners send the host plans and needs; "
                        + "the host relays every partner's plan to the others (one step later) and shares its assessment. "
                        + "Host pays `host_cost`, partners `partner_cost`.",
                "Fit for Purpose, ch. 4, 'Host government'; ch. 6, recommendation 5",
                "Partners follow the host's ranking even when the host's priorities are not the population's.",
                List.of(MIN_WILLINGNESS, MIN_CAPACITY, ALIGNMENT, HOST_COST, PARTNER_COST, REQUIRE_FLAG),
                List.of(Declare.members("every partner present in the country")), NationalStrategy::new);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void coordinate(CoordinationContext ctx, MersenneTwisterFast random) {
        List<Actor> eligible = Participants.resolve(ctx, NAME, config.list("members"), Participants::partner);
        for (Country country : ctx.region().countries()) {
            HostGovernment host = ctx.host(country);
            if (!leads(ctx, host)) {
                continue;
            }
            List<Actor> partners = new ArrayList<>();
            for (Actor a : eligible) {
                if (Participants.presentIn(a, country)) {
                    partners.add(a);
                }
            }
            align(ctx, host, country, partners);
            ctx.charge(host, config.get(HOST_COST), NAME);
            for (Actor p : partners) {
                ctx.send(p, host, InfoKind.PLANS, 0, 0);
                ctx.send(p, host, InfoKind.NEEDS, 0, 0);
                ctx.send(host, p, InfoKind.NEEDS, 0, 0);
                for (Actor q : partners) {
                    if (p != q) {
                        ctx.send(p, q, InfoKind.PLANS, 1, 0);
                    }
                }
                ctx.charge(p, config.get(PARTNER_COST), NAME);
            }
        }
    }

    private boolean leads(CoordinationContext ctx, HostGovernment host) {
        if (config.getInt(REQUIRE_FLAG) == 1 && !host.hasNationalStrategy()) {
            return false;
        }
        double functioning = 0;
        for (Institution i : Institution.all()) {
            functioning += host.country().institution(i).capacity();
        }
        return host.willingness() >= config.get(MIN_WILLINGNESS)
                && functioning / Institution.COUNT >= config.get(MIN_CAPACITY);
    }

    private void align(CoordinationContext ctx, HostGovernment host, Country country, List<Actor> partners) {
        double mean = 0;
        for (Challenge c : Challenge.all()) {
            mean += host.ownPriority(c);
        }
        mean /= Challenge.COUNT;
        for (Challenge c : Challenge.all()) {
            double factor = Math.max(0, 1 + config.get(ALIGNMENT) * (host.ownPriority(c) - mean));
            for (Actor p : partners) {
                for (District d : country.districts()) {
                    p.guidance().scaleCell(NeedField.cell(d.index(), c), factor);
                }
            }
        }
    }
}
