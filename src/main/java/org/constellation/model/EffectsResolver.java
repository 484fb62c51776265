package org.constellation.model;

import java.util.List;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.activity.Mode;
import org.constellation.model.agents.ActivityValuation;
import org.constellation.model.agents.Actor;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.Country;
import org.constellation.model.world.District;
import org.constellation.model.world.InstitutionState;
import org.constellation.model.world.NeedField;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The RESOLVE phase: what the step's effort achieves.
 * <ol>
 * <li>Indirect effort on a host institution is absorbed only up to the institution's absorption
 * capacity; the rest is wasted (absorption overload). A captured institution diverts a share of what
 * it absorbs to illicit interests. What remains imprints the actor's doctrine on the institution,
 * builds its capacity, and is blunted by doctrine incoherence.</li>
 * <li>Effort on one need cell (district x challenge, drivers and consequences apart) has diminishing
 * returns across all the activity types on it ({@link CellResponse}): the most effective work counts
 * first, so two actors working on the same need in the same place, with the same or different
 * activities, achieve less than twice as much. Indirect work acts only as far as the state is present
 * and willing. Each level's share is credited to its activity types in proportion to their effort.</li>
 * <li>Each type's share lowers the need (consequences) or the driver (drivers) after the type's time to
 * effect; enforcement adds pressure on groups; the population credits each actor with its share.</li>
 * </ol>
 */
final class EffectsResolver implements Steppable {

    private static final long serialVersionUID = 1L;

    private double[] total = new double[0];
    private double[] perUnitBenefit = new double[0];
    private boolean[] seen = new boolean[0];
    private double[] cellEffort = new double[0];

    @Override
    public void step(SimState state) {
        Constellation m = (Constellation) state;
        ActivityCatalogue catalogue = m.catalogue();
        int types = catalogue.size();
        ensureSize(m.region().size() * types);
        List<Ledger.Entry> entries = m.ledger().current();
        double[] ratio = absorptionRatios(m, entries);
        double[] effective = new double[entries.size()];
        int[] keys = new int[entries.size()];
        int unique = 0;
        for (int i = 0; i < entries.size(); i++) {
            Ledger.Entry e = entries.get(i);
            int key = e.district() * types + e.activity();
            if (!seen[key]) {
                seen[key] = true;
                keys[unique++] = key;
            }
            effective[i] = effectiveEffort(m, e, ratio);
            total[key] += effective[i];
        }
        applyEffects(m, keys, unique, types);
        for (int i = 0; i < entries.size(); i++) {
            Ledger.Entry e = entries.get(i);
            m.accounts().addBenefit(e.actor(), e.district(), effective[i] * perUnitBenefit[e.district() * types + e.activity()]);
        }
        for (int k = 0; k < unique; k++) {
            total[keys[k]] = 0;
            perUnitBenefit[keys[k]] = 0;
            seen[keys[k]] = false;
        }
        applyDue(m);
    }

    private void ensureSize(int n) {
        if (total.length < n) {
            total = new double[n];
            perUnitBenefit = new double[n];
            seen = new boolean[n];
        }
    }

    /** Index of a district's effort of a mode on a challenge's target in {@link #cellEffort} (other mode: ^ 1). */
    private static int cellSlot(int district, ActivityType type) {
        return CellResponse.targetIndex(NeedField.cell(district, type.challenge()), type.target()) * 2
                + type.mode().ordinal();
    }

    /** Share of indirect effort each country-institution can absorb this step. */
    private static double[] absorptionRatios(Constellation m, List<Ledger.Entry> entries) {
        int slots = m.region().countries().size() * Institution.COUNT;
        double[] delivered = new double[slots];
        for (Ledger.Entry e : entries) {
            ActivityType type = m.catalogue().get(e.activity());
            if (!type.isDirect()) {
                delivered[slot(m.region().district(e.district()).country(), type.institution())] += e.effort();
            }
        }
        double[] ratio = new double[slots];
        for (Country c : m.region().countries()) {
            for (Institution i : Institution.all()) {
                int s = slot(c, i);
                InstitutionState state = c.institution(i);
                double absorbed = Math.min(delivered[s], state.absorption());
                state.recordSupport(delivered[s], absorbed);
                ratio[s] = delivered[s] > 0 ? absorbed / delivered[s] : 1;
            }
        }
        return ratio;
    }

    private static int slot(Country c, Institution i) {
        return c.index() * Institution.COUNT + i.ordinal();
    }

    private static double effectiveEffort(Constellation m, Ledger.Entry e, double[] ratio) {
        ModelParameters p = m.parameters();
        Actor actor = m.actors().get(e.actor());
        ActivityType type = m.catalogue().get(e.activity());
        double x = e.effort() * actor.effectiveness(e.activity(), e.district(), m);
        if (type.isDirect()) {
            return x;
        }
        Country country = m.region().district(e.district()).country();
        InstitutionState institution = country.institution(type.institution());
        x *= ratio[slot(country, type.institution())];
        double diverted = x * m.host(country).capture(type.institution());
        m.accounts().addDiverted(country.index(), diverted);
        x -= diverted;
        institution.imprint(actor.doctrine(), x);
        x *= 1 - p.get(Parameters.DOCTRINE_PENALTY) * institution.incoherence();
        institution.setCapacity(institution.capacity()
                + p.get(Parameters.CAPACITY_BUILDING) * x * (1 - institution.capacity()));
        return x;
    }

    private void applyEffects(Constellation m, int[] keys, int unique, int types) {
        ActivityValuation valuation = m.valuation();
        CellResponse cells = valuation.cells();
        if (cellEffort.length < m.needs().cells() * 4) {
            cellEffort = new double[m.needs().cells() * 4];
        }
        for (int k = 0; k < unique; k++) {
            ActivityType type = m.catalogue().get(keys[k] % types);
            if (!type.has(ActivityFlag.INSIDE_FENCE)) {
                cellEffort[cellSlot(keys[k] / types, type)] += total[keys[k]];
            }
        }
        int t = m.step();
        for (int k = 0; k < unique; k++) {
            int key = keys[k];
            ActivityType type = m.catalogue().get(key % types);
            if (total[key] <= 0 || type.has(ActivityFlag.INSIDE_FENCE)) {
                continue;
            }
            District d = m.region().district(key / types);
            int slot = cellSlot(d.index(), type);
            Mode other = type.isDirect() ? Mode.INDIRECT : Mode.DIRECT;
            double effect = cells.credit(cells.level(type.mode(), type.target(), d, m), cellEffort[slot],
                    cells.level(other, type.target(), d, m), cellEffort[slot ^ 1]) * total[key] / cellEffort[slot];
            int cell = NeedField.cell(d.index(), type.challenge());
            m.world().effects().add(t, valuation.delay(type), new EffectQueue.Effect(cell, type.onDrivers(), effect));
            if (type.has(ActivityFlag.ENFORCEMENT)) {
                m.accounts().addPressure(cell, effect);
            }
            double benefit = effect * (type.onDrivers() ? m.needs().driver(cell) / 2 : m.needs().need(cell));
            perUnitBenefit[key] = benefit / total[key];
        }
        for (int k = 0; k < unique; k++) {
            ActivityType type = m.catalogue().get(keys[k] % types);
            if (!type.has(ActivityFlag.INSIDE_FENCE)) {
                cellEffort[cellSlot(keys[k] / types, type)] = 0;
            }
        }
    }

    private static void applyDue(Constellation m) {
        NeedField needs = m.needs();
        for (EffectQueue.Effect effect : m.world().effects().due(m.step())) {
            if (effect.onDriver()) {
                needs.setDriver(effect.cell(), needs.driver(effect.cell()) * (1 - effect.share()));
            } else {
                needs.setNeed(effect.cell(), needs.need(effect.cell()) * (1 - effect.share()));
            }
        }
    }
}
