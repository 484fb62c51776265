package org.constellation.model;

import org.constellation.model.agents.Actor;
import org.constellation.model.agents.ArmedGroup;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.agents.Mission;
import org.constellation.model.agents.Population;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.Country;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The WORLD phase. Needs evolve synchronously (all from last step's values) for every district d
 * and challenge c:
 * <pre>
 *   driver += reversion x (base - driver) + coupling from conflict and environmental needs
 *   need   += growth_c x driver x (1 - need)                      drivers feed the need
 *           - (decay_c + resolution_c x host resolving power) x need  it fades; the host resolves it
 *           + spill_c x weighted mean over neighbours of max(0, need_n - need)
 *             (edges across a border weighted by the cross-border factor)
 *           + need pressure x sum over groups in d of kind weight x s / (s + control scale) x (1 - need)
 *           + harm done inside the fence by missions present
 * </pre>
 * Then host governments govern (capture, state presence, institutions), the population updates its
 * trust, and the step's needs are stored for delayed observation.
 */
final class WorldDynamics implements Steppable {

    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Constellation m = (Constellation) state;
        NeedField needs = m.needs();
        double[] before = new double[needs.cells()];
        for (int cell = 0; cell < before.length; cell++) {
            before[cell] = needs.need(cell);
        }
        double[] added = pressureAndHarm(m);
        ModelParameters p = m.parameters();
        for (District d : m.region().districts()) {
            HostGovernment host = m.host(d.country());
            for (Challenge c : Challenge.all()) {
                int cell = NeedField.cell(d.index(), c);
                double driver = updateDriver(p, needs, cell, d.index(), c, before);
                double need = before[cell];
                double change = p.get(Parameters.growth(c)) * driver * (1 - need)
                        - (p.get(Parameters.decay(c)) + p.get(Parameters.resolution(c)) * host.resolvingPower(d, c, m)) * need
                        + p.get(Parameters.spill(c)) * spill(p, d, c, before)
                        + added[cell] * (1 - need);
                needs.setNeed(cell, needs.need(cell) + change);
            }
        }
        for (Country country : m.region().countries()) {
            m.host(country).govern(m);
        }
        int[] start = new int[m.region().size() + 1];
        Actor[] present = activeByDistrict(m, start);
        for (Population population : m.world().populations()) {
            population.update(m, present, start[population.district()], start[population.district() + 1]);
        }
        needs.snapshot();
    }

    private static double updateDriver(ModelParameters p, NeedField needs, int cell, int district, Challenge c,
            double[] before) {
        double driver = needs.driver(cell);
        driver += p.get(Parameters.DRIVER_REVERSION) * (needs.driverBase(cell) - driver);
        if (c == Challenge.MIGRATION_TRAFFICKING || c == Challenge.PROTECTION_OF_CIVILIANS) {
            double conflict = (before[NeedField.cell(district, Challenge.TERRORISM)]
                    + before[NeedField.cell(district, Challenge.ORGANIZED_CRIME)]
                    + before[NeedField.cell(district, Challenge.PROTECTION_OF_CIVILIANS)]) / 3;
            double environment = before[NeedField.cell(district, Challenge.ENVIRONMENT)];
            driver += (p.get(Parameters.CONFLICT_COUPLING) * conflict
                    + p.get(Parameters.ENVIRONMENT_COUPLING) * environment) * (1 - driver);
        }
        needs.setDriver(cell, driver);
        return needs.driver(cell);
    }

    private static double spill(ModelParameters p, District d, Challenge c, double[] before) {
        double own = before[NeedField.cell(d.index(), c)];
        double weighted = 0;
        double weights = 0;
        double border = p.get(Parameters.CROSS_BORDER_FACTOR);
        for (int k = 0; k < d.degree(); k++) {
            double w = d.weight(k) * (d.crossesBorder(k) ? border : 1);
            weighted += w * Math.max(0, before[NeedField.cell(d.neighbour(k), c)] - own);
            weights += d.weight(k);
        }
        return weights == 0 ? 0 : weighted / weights;
    }

    /**
     * The active actors present in each district, in index order: district d's are at
     * {@code start[d]} to {@code start[d + 1]} of the array returned.
     */
    private static Actor[] activeByDistrict(Constellation m, int[] start) {
        for (Actor a : m.actors()) {
            if (a.isActive()) {
                for (District d : a.presence()) {
                    start[d.index() + 1]++;
                }
            }
        }
        for (int d = 0; d + 1 < start.length; d++) {
            start[d + 1] += start[d];
        }
        Actor[] out = new Actor[start[start.length - 1]];
        int[] next = start.clone();
        for (Actor a : m.actors()) {
            if (a.isActive()) {
                for (District d : a.presence()) {
                    out[next[d.index()]++] = a;
                }
            }
        }
        return out;
    }

    /** Need added this step by groups and by missions' harm inside the fence, per cell. */
    private static double[] pressureAndHarm(Constellation m) {
        ModelParameters p = m.parameters();
        double[] added = new double[m.needs().cells()];
        double scale = p.get(Parameters.CONTROL_SCALE);
        double pressure = p.get(Parameters.NEED_PRESSURE);
        for (ArmedGroup g : m.groups()) {
            double relative = g.strength() / (g.strength() + scale);
            for (Challenge c : Challenge.all()) {
                added[NeedField.cell(g.location(), c)] += pressure * g.kind().pressure(c) * relative;
            }
        }
        for (Actor a : m.actors()) {
            if (a instanceof Mission mission && mission.isActive()) {
                for (District d : mission.presence()) {
                    for (Challenge c : Challenge.all()) {
                        double harm = mission.harmRate(d.index(), c, m);
                        if (harm > 0) {
                            added[NeedField.cell(d.index(), c)] += harm;
                            m.accounts().addHarm(mission.index(), d.index(), harm);
                        }
                    }
                }
            }
        }
        return added;
    }
}
