package org.constellation.model.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.constellation.model.CellResponse;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Institution;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.activity.Mode;
import org.constellation.model.activity.Target;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.model.world.Country;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The lasting value of indirect work ({@link LastingGain}), taken apart term by term as docs/ODD.md section 7.5 writes
 * it, for MINUSMA, its formed police units and individual police officers, and UNDP Mali in the Sahel scenario
 * (seed 42): the terms recomputed here from the formula must add up to what the planner uses, and the run prints
 * them with the best direct and indirect options (issue 14).
 */
class LastingGainDecompositionTest {

    private static final Path SAHEL = Path.of("scenarios/sahel.yaml");

    @Test
    void theDocumentedTermsAddUpToTheLastingValueThePlannerUses() throws Exception {
        Constellation m = ScenarioLoader.load(SAHEL, List.of()).scenario().newModel(42);
        m.start();
        int done = 0;
        for (int step : new int[] {12, 24, 60}) {
            m.run(step - done);
            done = step;
            for (String id : List.of("minusma", "minusma-police", "minusma-ipo", "undp-mali")) {
                Actor a = m.actor(id);
                m.valuation().prepare(a, m);
                System.out.printf("%n== %s at step %d (horizon %d, left %s, capacity %.2f, held back %.2f)%n", id,
                        m.step(), a.horizon(), a.remainingSteps(m) == Integer.MAX_VALUE ? "open"
                                : a.remainingSteps(m), a.capacity(m), a.heldBack());
                Country mali = a.presence().get(0).country();
                for (Institution i : Institution.all()) {
                    double[] terms = terms(a, m, mali, i);
                    double sum = terms[0] * (terms[1] + terms[2] + terms[3] + terms[4]);
                    double used = gain(m).perUnit(mali, i);
                    assertThat(sum).as("%s %s", id, i).isCloseTo(used, within(1e-12 + 1e-9 * Math.abs(used)));
                    System.out.printf("  %-18s kappa(1-cap) %.5f resolving %.4f reach %.4f justice %.4f host %.4f"
                            + " -> per unit %.6f, x S = %.5f%n", i, terms[0], terms[1], terms[2], terms[3],
                            terms[4], used, used * m.valuation().cells().saturation());
                }
                options(a, m);
                absorption(m, mali);
                margins(a, m);
            }
        }
    }

    private static LastingGain gain(Constellation m) throws ReflectiveOperationException {
        java.lang.reflect.Field f = ActivityValuation.class.getDeclaredField("lasting");
        f.setAccessible(true);
        return (LastingGain) f.get(m.valuation());
    }

    /** kappa (1 - capacity), then the four flows (resolving, reach, justice, host work), each already discounted. */
    private static double[] terms(Actor actor, Constellation m, Country country, Institution inst) {
        ModelParameters p = m.parameters();
        ActivityValuation v = m.valuation();
        HostGovernment host = m.host(country);
        double w = host.willingness();
        double penalty = p.get(Parameters.DOCTRINE_PENALTY);
        double rho = Math.max(0, 1 - p.get(Parameters.INSTITUTION_DECAY)
                - p.get(Parameters.BRAIN_DRAIN) * m.internationalCapacityIn(country));
        int left = actor.remainingSteps(m);
        double lasting = LastingGain.discounted(rho, actor.horizon(), left);
        double r = p.get(Parameters.STATE_PRESENCE_RATE);
        double reachLag = r * LastingGain.lagged(rho, 1 - r, actor.horizon(), left);
        double scrutiny = 1 + m.watchdogsIn(country);
        double recovery = p.get(Parameters.CAPTURE_RECOVERY) * scrutiny;
        double justiceFunctioning = country.institution(Institution.JUSTICE).capacity()
                * (1 - penalty * country.institution(Institution.JUSTICE).incoherence());
        double captureLag = LastingGain.lagged(rho, 1 - Math.min(1, recovery * justiceFunctioning), actor.horizon(),
                left);
        double[] byPresence = new double[Challenge.COUNT];
        double[] byStructure = new double[Challenge.COUNT];
        double[] byNeed = new double[Challenge.COUNT];
        double scale = p.get(Parameters.CONTROL_SCALE);
        List<District> districts = country.districts();
        for (int k = 0; k < districts.size(); k++) {
            District d = districts.get(k);
            double control = scale / (scale + actor.beliefs().threat(d.index()));
            for (Challenge c : Challenge.all()) {
                int cell = NeedField.cell(d.index(), c);
                double weighted = actor.priority(c, m) * actor.guidance().cell(cell) * actor.beliefs().need(cell);
                byNeed[c.ordinal()] += weighted;
                byPresence[c.ordinal()] += weighted * p.get(Parameters.resolution(c)) * d.statePresence();
                byStructure[c.ordinal()] += weighted * p.get(Parameters.resolution(c)) * host.structuralPresence(k)
                        * control;
            }
        }
        double elsewhere = 0;
        double recoverable = 0;
        double resolving = 0;
        for (Challenge c : Challenge.all()) {
            Institution res = Institution.resolving(c);
            double free = 1 - v.expectedCapture(actor, country, res);
            double f = country.institution(res).capacity() * (1 - penalty * country.institution(res).incoherence());
            elsewhere += byStructure[c.ordinal()] * f * w * free;
            recoverable += byPresence[c.ordinal()] * f * w * (1 - free);
            if (res == inst) {
                resolving += byPresence[c.ordinal()];
            }
        }
        double coh = 1 - penalty * country.institution(inst).incoherence();
        double free = 1 - v.expectedCapture(actor, country, inst);
        double[] t = new double[5];
        t[0] = p.get(Parameters.CAPACITY_BUILDING) * (1 - country.institution(inst).capacity());
        t[1] = resolving * coh * w * free * lasting;
        double reach0 = host.initialReach(m);
        if ((inst == Institution.SECURITY_FORCES || inst == Institution.POLICE || inst == Institution.GOVERNANCE)
                && reach0 > 0) {
            t[2] = elsewhere * coh * w / (3 * reach0) * reachLag;
        }
        if (inst == Institution.JUSTICE) {
            t[3] = recoverable * recovery * coh * captureLag;
        }
        if (p.getInt(Parameters.HOST_EFFORT_CHANNEL) == 1 && host != actor) {
            t[4] = hostWork(actor, m, host, inst, byNeed) * coh * free * lasting;
        }
        System.out.printf("  [%s] rho %.4f D(rho) %.3f reachLag %.3f captureLag %.3f capture(belief) %.3f%n", inst, rho,
                lasting, reachLag, captureLag, 1 - free);
        return t;
    }

    private static double hostWork(Actor actor, Constellation m, HostGovernment host, Institution inst,
            double[] byNeed) {
        ModelParameters p = m.parameters();
        double priorities = 0;
        for (Challenge c : Challenge.all()) {
            priorities += host.ownPriority(c);
        }
        int districts = host.country().districts().size();
        double floor = p.get(Parameters.HOST_EFFECTIVENESS_FLOOR);
        CellResponse cells = m.valuation().cells();
        double penalty = p.get(Parameters.DOCTRINE_PENALTY);
        double f = host.country().institution(inst).capacity()
                * (1 - penalty * host.country().institution(inst).incoherence());
        double effectiveness = (floor + (1 - floor) * f)
                * (1 - m.valuation().expectedCapture(actor, host.country(), inst));
        double work = 0;
        for (Challenge c : Challenge.all()) {
            if (Institution.resolving(c) == inst) {
                double effort = host.capacity(m) * host.ownPriority(c) / priorities / districts;
                work += byNeed[c.ordinal()] * cells.efficacy(Mode.DIRECT, Target.CONSEQUENCES)
                        * Math.exp(-effort * effectiveness / cells.saturation()) / cells.saturation() * effort
                        * (1 - floor);
            }
        }
        return work;
    }

    /**
     * Re-plans the actor's last budget with the model's planner (same knowledge) and prints, at the point where
     * the budget ran out, the best score left among direct and among indirect options (absorption included).
     */
    private static void margins(Actor a, Constellation m) throws ReflectiveOperationException {
        ActivityPlanner planner = m.planner();
        double budget = a.capacity(m);
        java.lang.reflect.Method gather = ActivityPlanner.class.getDeclaredMethod("gatherKnowledge", Actor.class,
                Constellation.class, int.class);
        gather.setAccessible(true);
        gather.invoke(planner, a, m, m.step());
        m.valuation().prepare(a, m);
        java.lang.reflect.Method build = ActivityPlanner.class.getDeclaredMethod("buildOptions", Actor.class,
                Constellation.class);
        build.setAccessible(true);
        int options = (int) build.invoke(planner, a, m);
        java.lang.reflect.Method allocate = ActivityPlanner.class.getDeclaredMethod("allocate", Actor.class,
                Constellation.class, double.class, int.class, int.class);
        allocate.setAccessible(true);
        allocate.invoke(planner, a, m, budget, options, m.step());
        java.lang.reflect.Method score = ActivityPlanner.class.getDeclaredMethod("score", int.class, double.class,
                Constellation.class);
        score.setAccessible(true);
        java.lang.reflect.Field keys = ActivityPlanner.class.getDeclaredField("optionKey");
        keys.setAccessible(true);
        java.lang.reflect.Field efforts = ActivityPlanner.class.getDeclaredField("optionEffort");
        efforts.setAccessible(true);
        int[] key = (int[]) keys.get(planner);
        double[] effort = (double[]) efforts.get(planner);
        int types = m.catalogue().size();
        double bestDirect = 0;
        double lowestFunded = Double.MAX_VALUE;
        double bestIndirect = 0;
        String indirect = "-";
        for (int o = 0; o < options; o++) {
            ActivityType type = m.catalogue().get(key[o] % types);
            double sc = (double) score.invoke(planner, o, m.valuation().cells().saturation(), m);
            if (type.isDirect()) {
                bestDirect = Math.max(bestDirect, sc);
                if (effort[o] > 0) {
                    lowestFunded = Math.min(lowestFunded, sc);
                }
            } else if (sc > bestIndirect) {
                bestIndirect = sc;
                indirect = m.region().district(key[o] / types).id() + " " + type.id();
            }
        }
        System.out.printf("  after allocating %.1f: best direct score left %.5f (lowest funded %.5f), best indirect"
                + " score %.5f (%s)%n", budget, bestDirect, lowestFunded, bestIndirect, indirect);
    }

    /** Each institution's absorption against the indirect effort the ledger recorded on it last step, by actor. */
    private static void absorption(Constellation m, Country country) {
        for (Institution i : Institution.all()) {
            StringBuilder by = new StringBuilder();
            double total = 0;
            java.util.Map<String, Double> per = new java.util.TreeMap<>();
            for (var e : m.ledger().previous()) {
                ActivityType type = m.catalogue().get(e.activity());
                if (!type.isDirect() && type.institution() == i
                        && m.region().district(e.district()).country() == country) {
                    total += e.effort();
                    per.merge(m.actors().get(e.actor()).id(), e.effort(), Double::sum);
                }
            }
            per.forEach((k, x) -> by.append(String.format(" %s=%.1f", k, x)));
            System.out.printf("  absorption %-18s %.1f, indirect effort last step %.1f:%s%n", i,
                    country.institution(i).absorption(), total, by);
        }
    }

    /** The best fresh direct and indirect options, and what the actor's last plan put where. */
    private static void options(Actor a, Constellation m) {
        ActivityValuation v = m.valuation();
        double bestDirect = 0;
        String direct = "-";
        double bestIndirect = 0;
        String indirect = "-";
        double bestIndirectValue = 0;
        double bestIndirectLasting = 0;
        for (District d : a.presence()) {
            double threat = v.threat(a, d);
            for (int k = 0; k < a.mandate().size(); k++) {
                ActivityType type = m.catalogue().get(a.mandate().allowedAt(k));
                double value = v.value(a, d, type, m, threat);
                double lasting = v.lasting(a, d, type);
                if (type.isDirect() && value > bestDirect) {
                    bestDirect = value;
                    direct = d.id() + " " + type.id();
                } else if (!type.isDirect() && value + lasting > bestIndirect) {
                    bestIndirect = value + lasting;
                    bestIndirectValue = value;
                    bestIndirectLasting = lasting;
                    indirect = d.id() + " " + type.id();
                }
            }
        }
        System.out.printf("  best direct   %.5f  %s%n  best indirect %.5f (effect %.5f + lasting x S %.5f)  %s%n",
                bestDirect, direct, bestIndirect, bestIndirectValue, bestIndirectLasting, indirect);
        double direct0 = 0;
        double indirect0 = 0;
        double lowest = Double.MAX_VALUE;
        String lowestKey = "-";
        for (PlannedActivity e : a.lastPlan().entries()) {
            ActivityType type = m.catalogue().get(e.activity());
            if (type.isDirect()) {
                direct0 += e.effort();
                District d = m.region().district(e.district());
                double total = 0;
                for (var entry : m.ledger().previousIn(e.district())) {
                    ActivityType other = m.catalogue().get(entry.activity());
                    if (other.challenge() == type.challenge() && other.target() == type.target()) {
                        total += entry.effort();
                    }
                }
                double marginal = v.value(a, d, type, m, v.threat(a, d)) * Math.exp(-total / v.cells().saturation());
                if (marginal < lowest) {
                    lowest = marginal;
                    lowestKey = d.id() + " " + type.id() + " (cell total " + String.format("%.1f", total) + ")";
                }
            } else {
                indirect0 += e.effort();
            }
        }
        System.out.printf("  last plan: direct %.1f, indirect %.1f; lowest direct marginal (all effort on the cell,"
                + " one level) %.5f %s%n", direct0, indirect0, lowest, lowestKey);
    }
}
