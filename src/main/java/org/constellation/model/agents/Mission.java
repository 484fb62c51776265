package org.constellation.model.agents;

import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.params.Parameters;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.model.world.District;

/**
 * A multilateral peace operation (UN peacekeeping or political mission, EU CSDP civilian or military
 * mission, AU, NATO, OSCE or ad hoc coalition). It reports to its mandating body, not to the host;
 * is deployed for a limited period and then closes; rotates staff; may bunkerize, which cuts its
 * contact with the population and civil society; and its personnel can do harm inside the fence
 * (trafficking demand, disease, environmental footprint) unless it mitigates it (<i>Fit for
 * Purpose</i> ch. 3, "Do no harm", and ch. 4; DPKO, <i>Human Trafficking and UN Peacekeeping</i>).
 */
public final class Mission extends Actor {

    private static final long serialVersionUID = 1L;

    private final double[] mitigation = new double[Challenge.COUNT];

    public Mission(Profile profile) {
        super(profile);
    }

    /** How far it walls itself off, 0-1. */
    public double bunkerization() {
        return deployment().bunkerization();
    }

    /** Personnel per district where present, in thousands. */
    public double personnelPerDistrict() {
        int n = presence().size();
        return n == 0 ? 0 : deployment().personnel() / n;
    }

    /** Share of its inside-the-fence harm on a challenge that it currently mitigates, 0-1. */
    public double mitigation(Challenge c) {
        return mitigation[c.ordinal()];
    }

    @Override
    public void beginStep(Constellation m) {
        super.beginStep(m);
        double decay = m.parameters().get(Parameters.MITIGATION_DECAY);
        for (int c = 0; c < mitigation.length; c++) {
            mitigation[c] *= 1 - decay;
        }
    }

    /**
     * A mission without an executive mandate does direct work on consequences that needs the host's law
     * enforcement to act ({@code through-host} rows: verifying bans, vetting police, monitoring a border)
     * through the host: "Where multilateral peace operations do not have an executive mandate, for example in
     * addressing human trafficking and the smuggling of migrants, they depend entirely on the capacity and
     * political will of host governments" (<i>Fit for Purpose</i> ch. 4, "National coordination", and ch. 6).
     * A component ({@code part_of}) follows its own executive flag. Only direct rows on consequences carry the
     * flag ({@link ActivityType} refuses others).
     */
    @Override
    public boolean actsThroughHost(ActivityType type) {
        return !isExecutive() && type.has(ActivityFlag.THROUGH_HOST);
    }

    /**
     * 1, except for work it does through the host ({@link #actsThroughHost}): the host's power to resolve the
     * challenge in the district ({@link HostGovernment#resolvingPower}: state presence x functioning of the
     * resolving institution x willingness x (1 - capture)). Every country has a host government (a scenario's
     * country without a {@code host} block gets the default one), so there is always one to act through.
     */
    @Override
    public double effectiveness(int activity, int district, Constellation m) {
        ActivityType type = m.catalogue().get(activity);
        if (!actsThroughHost(type)) {
            return 1;
        }
        District d = m.region().district(district);
        return m.host(d.country()).resolvingPower(d, type.challenge(), m);
    }

    @Override
    protected double senseChance(District d, Constellation m) {
        return super.senseChance(d, m) * (1 - bunkerization());
    }

    @Override
    public boolean canAccess(District d, Constellation m) {
        return m.host(d.country()).admits(this, m);
    }

    @Override
    public double harmRate(int district, Challenge c, Constellation m) {
        if (!isActive() || !isPresentIn(m.region().district(district))) {
            return 0;
        }
        double rate = switch (c) {
            case MIGRATION_TRAFFICKING -> m.parameters().get(Parameters.HARM_TRAFFICKING);
            case EPIDEMICS -> m.parameters().get(Parameters.HARM_DISEASE);
            case ENVIRONMENT -> m.parameters().get(Parameters.HARM_FOOTPRINT);
            default -> 0;
        };
        return rate * personnelPerDistrict() * (1 - mitigation[c.ordinal()]);
    }

    @Override
    protected void onActivity(Constellation m, PlannedActivity activity) {
        ActivityType type = m.catalogue().get(activity.activity());
        if (type.has(ActivityFlag.INSIDE_FENCE)) {
            int c = type.challenge().ordinal();
            double rate = m.parameters().get(Parameters.MITIGATION_RATE);
            double gain = rate * activity.effort() / Math.max(1, deployment().personnel());
            mitigation[c] += Math.min(1, gain) * (1 - mitigation[c]);
        }
    }
}
