package org.constellation.model.agents;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.constellation.model.CellResponse;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Institution;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.activity.Mode;
import org.constellation.model.params.Parameters;
import org.constellation.model.plan.Plan;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.model.world.District;
import org.constellation.model.world.Region;

/**
 * How an actor chooses its activities: a greedy allocation of its effort, one chunk at a time, to
 * the district and activity type with the highest expected value. The value of an option comes
 * only from the actor's beliefs (believed need, threat and capture), its mandate and priorities, the
 * guidance of coordination mechanisms, and what it knows others already do there: effort others
 * are known to put on the same need cell in the same place, whatever the activity, and on the same
 * host institution, lowers the option's marginal value (the cell's diminishing returns, exactly as
 * {@link CellResponse} resolves them, and absorption). Indirect options also carry the capacity they
 * leave in the institution ({@link LastingGain}), which only absorption limits. What it does not know
 * it cannot avoid, which is how duplication and overload arise. When no option is worth
 * {@code planning.reservation_value} per unit any more the actor stops: the rest is held back. The
 * chunk is the larger of {@code planning.chunk} and 1/200 of the budget.
 *
 * <p>One planner serves every actor of a model in turn; it keeps scratch arrays between calls.
 */
public final class ActivityPlanner implements Serializable {

    /** Most chunks one plan is allocated in: very large actors allocate in proportionally larger chunks. */
    static final int MAX_CHUNKS = 200;

    private final ActivityType[] catalogue;
    private final int types;
    private final KeySlots slots;
    private final double[] others;
    private final double[] own;
    private final double[] institutionKnown;
    private final double[] institutionOwn;
    private final double[] cellEffort;
    private final boolean[] present;
    private final OptionHeap heap;
    private int[] touched = new int[64];
    private int touchedCount;
    private int[] optionKey = new int[64];
    private double[] optionValue = new double[64];
    private double[] optionLasting = new double[64];
    private int[] optionCell = new int[64];
    private double[] optionLevel = new double[64];
    private double[] optionOtherLevel = new double[64];
    private double[] optionEffort = new double[64];
    private int[] optionInstitution = new int[64];
    private double[] optionAbsorption = new double[64];
    private int[] optionOrder = new int[64];

    public ActivityPlanner(ActivityCatalogue catalogue, Region region) {
        this.catalogue = catalogue.all().toArray(new ActivityType[0]);
        this.types = catalogue.size();
        this.slots = new KeySlots(this.catalogue, region);
        int districts = region.size();
        int countries = region.countries().size();
        this.others = new double[districts * types];
        this.own = new double[districts * types];
        this.institutionKnown = new double[countries * Institution.COUNT];
        this.institutionOwn = new double[countries * Institution.COUNT];
        this.cellEffort = new double[districts * Challenge.COUNT * 4];
        this.present = new boolean[districts];
        this.heap = new OptionHeap();
    }

    /** Plans an actor's step within a budget of effort units. */
    public Plan plan(Actor actor, Constellation m, double budget) {
        return plan(actor, m, budget, null);
    }

    /**
     * Plans what an actor adds, within a budget, on top of a plan it has already committed to this step (an
     * earmarked donor spending what it banked): the committed entries count as its own effort on their cells and
     * institutions, so the new entries see the returns and absorption they leave, and are not repeated in the
     * result. A null commitment plans from nothing.
     */
    public Plan plan(Actor actor, Constellation m, double budget, Plan committed) {
        int t = m.step();
        if (budget <= 1e-9 || actor.mandate().size() == 0 || actor.presence().isEmpty()) {
            return Plan.empty(actor.index(), t);
        }
        gatherKnowledge(actor, m, t);
        if (committed != null) {
            for (PlannedActivity a : committed.entries()) {
                addOwn(a.district() * types + a.activity(), a.effort());
            }
        }
        m.valuation().prepare(actor, m);
        int options = buildOptions(actor, m);
        return allocate(actor, m, budget, options, t);
    }

    private void gatherKnowledge(Actor actor, Constellation m, int t) {
        for (int k = 0; k < touchedCount; k++) {
            others[touched[k]] = 0;
            own[touched[k]] = 0;
            int slot = slots.cell(touched[k]);
            if (slot >= 0) {
                cellEffort[slot] = 0;
                cellEffort[slot ^ 1] = 0;
            }
        }
        touchedCount = 0;
        Arrays.fill(institutionKnown, 0);
        Arrays.fill(institutionOwn, 0);
        setPresence(actor, true);
        actor.known().accumulate(this::addKnown, actor.index(), t, m.parameters().getInt(Parameters.PLAN_MEMORY));
        for (Plan p : m.planBoard().visibleTo(actor.index())) {
            for (PlannedActivity a : p.entries()) {
                addKnown(a.district() * types + a.activity(), a.effort());
            }
        }
        setPresence(actor, false);
        for (int k = 0; k < touchedCount; k++) {
            int key = touched[k];
            int institution = slots.institution(key);
            if (institution >= 0) {
                institutionKnown[institution] += others[key];
            }
        }
    }

    private void setPresence(Actor actor, boolean value) {
        for (District d : actor.presence()) {
            present[d.index()] = value;
        }
    }

    /**
     * Counts effort another actor is known to put on a district-activity key. Direct work in a district where the
     * planning actor is not present is left out: no option of its reads it (its options, their cells and their
     * inside-the-fence keys are all in its own districts), while indirect work anywhere counts on the
     * institution of its country.
     */
    private void addKnown(int key, double effort) {
        if (slots.institution(key) < 0 && !present[key / types]) {
            return;
        }
        if (others[key] == 0 && own[key] == 0) {
            touch(key);
        }
        others[key] += effort;
        addToCell(key, effort);
    }

    /**
     * Adds effort to the pool of a key's cell, target and mode ({@link KeySlots#cell}); none for work inside the
     * fence.
     */
    private void addToCell(int key, double effort) {
        int slot = slots.cell(key);
        if (slot >= 0) {
            cellEffort[slot] += effort;
        }
    }

    private void touch(int key) {
        if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = key;
    }

    private int buildOptions(Actor actor, Constellation m) {
        int n = 0;
        for (District d : actor.presence()) {
            if (!actor.canAccess(d, m)) {
                continue;
            }
            double threat = m.valuation().threat(actor, d);
            double mediation = CellResponse.mediation(d, m);
            for (int k = 0; k < actor.mandate().size(); k++) {
                int a = actor.mandate().allowedAt(k);
                ActivityType type = catalogue[a];
                double value = m.valuation().value(actor, d, type, m, threat);
                double lasting = m.valuation().lasting(actor, d, type);
                if (value > 0 || lasting > 0) {
                    ensureCapacity(n + 1);
                    optionKey[n] = d.index() * types + a;
                    optionValue[n] = value;
                    optionLasting[n] = lasting;
                    optionEffort[n] = 0;
                    setLevels(n, type, d, mediation, m);
                    setInstitution(n, type, d);
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The option's slot in {@link #cellEffort} and the two levels of work on its cell (constant in a pass), the
     * district's {@link CellResponse#mediation mediation} given.
     */
    private void setLevels(int option, ActivityType type, District d, double mediation, Constellation m) {
        CellResponse cells = m.valuation().cells();
        Mode other = type.isDirect() ? Mode.INDIRECT : Mode.DIRECT;
        optionCell[option] = slots.cell(optionKey[option]);
        optionLevel[option] = cells.level(type.mode(), type.target(), mediation);
        optionOtherLevel[option] = cells.level(other, type.target(), mediation);
    }

    /** The option's slot in the institution arrays and the institution's absorption; -1 for direct work. */
    private void setInstitution(int option, ActivityType type, District d) {
        optionInstitution[option] = slots.institution(optionKey[option]);
        if (!type.isDirect()) {
            optionAbsorption[option] = d.country().institution(type.institution()).absorption();
        }
    }

    private Plan allocate(Actor actor, Constellation m, double budget, int options, int t) {
        double saturation = m.parameters().get(Parameters.SATURATION);
        double reservation = Math.max(1e-9, m.parameters().get(Parameters.RESERVATION_VALUE));
        double chunk = Math.max(m.parameters().get(Parameters.CHUNK), budget / MAX_CHUNKS);
        heap.reset(options);
        for (int o = 0; o < options; o++) {
            heap.add(o, score(o, saturation, m));
        }
        heap.heapify();
        double remaining = budget;
        int allocated = 0;
        while (remaining > 1e-9 && !heap.isEmpty()) {
            int o = heap.top();
            double fresh = score(o, saturation, m);
            if (heap.size() > 1 && fresh < heap.nextScore()) {
                heap.rescoreTop(fresh);
                continue;
            }
            if (fresh <= reservation) {
                break;
            }
            double e = Math.min(chunk, remaining);
            if (optionEffort[o] == 0) {
                optionOrder[allocated++] = o;
            }
            optionEffort[o] += e;
            addOwn(optionKey[o], e);
            remaining -= e;
            heap.rescoreTop(score(o, saturation, m));
        }
        List<PlannedActivity> entries = new ArrayList<>(allocated);
        for (int k = 0; k < allocated; k++) {
            int o = optionOrder[k];
            entries.add(new PlannedActivity(optionKey[o] / types, optionKey[o] % types, optionEffort[o]));
        }
        return new Plan(actor.index(), t, entries);
    }

    /** Counts effort the actor itself puts on a district-activity key: on its cell and, if indirect, its institution. */
    private void addOwn(int key, double effort) {
        if (others[key] == 0 && own[key] == 0) {
            touch(key);
        }
        own[key] += effort;
        addToCell(key, effort);
        int institution = slots.institution(key);
        if (institution >= 0) {
            institutionOwn[institution] += effort;
        }
    }

    /**
     * The marginal value of one more unit of an option: its effect's value x the cell's relative marginal
     * response ({@link CellResponse#relativeMarginal}, at the effort the actor knows of on the cell), plus
     * what it leaves in the institution, all x the share of the institution's absorption still free for
     * indirect work. Scores only fall as effort is added, so the lazy greedy allocation is exact.
     */
    private double score(int option, double saturation, Constellation m) {
        int slot = optionCell[option];
        double score;
        if (slot < 0) {
            int key = optionKey[option];
            score = optionValue[option] * Math.exp(-(others[key] + own[key]) / saturation);
        } else {
            score = optionValue[option] * m.valuation().cells().relativeMarginal(optionLevel[option],
                    cellEffort[slot], optionOtherLevel[option], cellEffort[slot ^ 1]) + optionLasting[option];
        }
        int institution = optionInstitution[option];
        if (institution >= 0) {
            double absorption = optionAbsorption[option];
            double free = absorption - institutionKnown[institution] - institutionOwn[institution];
            score *= Math.max(0, Math.min(1, free / Math.max(1e-9, absorption)));
        }
        return score;
    }

    private void ensureCapacity(int n) {
        if (n > optionKey.length) {
            int size = Math.max(n, optionKey.length * 2);
            optionKey = Arrays.copyOf(optionKey, size);
            optionValue = Arrays.copyOf(optionValue, size);
            optionLasting = Arrays.copyOf(optionLasting, size);
            optionCell = Arrays.copyOf(optionCell, size);
            optionLevel = Arrays.copyOf(optionLevel, size);
            optionOtherLevel = Arrays.copyOf(optionOtherLevel, size);
            optionEffort = Arrays.copyOf(optionEffort, size);
            optionInstitution = Arrays.copyOf(optionInstitution, size);
            optionAbsorption = Arrays.copyOf(optionAbsorption, size);
            optionOrder = Arrays.copyOf(optionOrder, size);
        }
    }

    /** Challenge of a district-activity key (for tests and diagnostics). */
    Challenge challengeOf(int key) {
        return catalogue[key % types].challenge();
    }
}
