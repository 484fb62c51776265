package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.model.agents.Actor;
import org.constellation.model.plan.Plan;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Decisions taken outside the model enter it where the model decides, and only there: a plan replaces the
 * planner's for one actor's step (and is trimmed to its mandate, access and budget), a sharing choice
 * replaces the rule's draw, a membership choice changes who a mechanism charges; earmarked actors are asked
 * for a plan only when their budget cycle lets them re-plan.
 */
class ExternalDecisionsTest {

    private static Constellation sahel() throws Exception {
        Constellation m = ScenarioLoader.load(Path.of("scenarios/sahel.yaml")).scenario().newModel(42);
        m.start();
        return m;
    }

    private static int activity(Constellation m, String key) {
        return m.catalogue().find(key).index();
    }

    /** Decides one thing for one actor, and counts what it was asked. */
    private static final class Deciding implements ExternalDecisions {
        private final String actor;
        private final Plan plan;
        private final Boolean shares;
        private final Boolean member;
        private final List<Integer> planAsked = new ArrayList<>();
        private final List<Message> sentByActor = new ArrayList<>();

        Deciding(String actor, Plan plan, Boolean shares, Boolean member) {
            this.actor = actor;
            this.plan = plan;
            this.shares = shares;
            this.member = member;
        }

        @Override
        public Plan plan(Actor a, Constellation model, double budget) {
            if (!a.id().equals(actor)) {
                return null;
            }
            planAsked.add(model.step());
            return plan == null ? null : new Plan(a.index(), model.step(), plan.entries());
        }

        @Override
        public boolean shares(Actor from, Actor to, InfoKind kind, boolean automated) {
            return from.id().equals(actor) && shares != null ? shares : automated;
        }

        @Override
        public boolean takesPart(String mechanism, Actor a, boolean automated, boolean eligible) {
            return a.id().equals(actor) && member != null ? member && eligible : automated;
        }

        @Override
        public void delivered(Message message, Constellation model) {
            if (model.actors().get(message.sender()).id().equals(actor)) {
                sentByActor.add(message);
            }
        }
    }

    private static List<Ledger.Entry> entriesOf(Constellation m, String actor) {
        int index = m.actor(actor).index();
        return m.ledger().current().stream().filter(e -> e.actor() == index).toList();
    }

    @Test
    void aPlanDecidedOutsideReplacesThePlannersAndKeepsOnlyWhatTheActorCanDo() throws Exception {
        Constellation m = sahel();
        int mopti = m.region().district("mopti").index();
        int gao = m.region().district("gao").index();
        int niamey = m.region().district("niamey").index();
        int security = activity(m, "protection-of-civilians/provision-of-security");
        Plan chosen = new Plan(0, 0, List.of(new PlannedActivity(mopti, security, 5.0),
                new PlannedActivity(gao, security, 3.0), new PlannedActivity(niamey, security, 4.0)));
        m.decideWith(new Deciding("minusma", chosen, null, null));
        m.schedule.step(m);
        assertThat(entriesOf(m, "minusma")).containsExactly(new Ledger.Entry(m.actor("minusma").index(), mopti,
                security, 5.0), new Ledger.Entry(m.actor("minusma").index(), gao, security, 3.0));
    }

    @Test
    void aPlanBeyondTheBudgetIsScaledDownToIt() throws Exception {
        Constellation m = sahel();
        int mopti = m.region().district("mopti").index();
        int security = activity(m, "protection-of-civilians/provision-of-security");
        int mediation = activity(m, "protection-of-civilians/mediating-community-conflicts");
        m.decideWith(new Deciding("minusma", new Plan(0, 0, List.of(new PlannedActivity(mopti, security, 300),
                new PlannedActivity(mopti, mediation, 100))), null, null));
        m.schedule.step(m);
        Actor minusma = m.actor("minusma");
        double budget = minusma.capacity(m) - m.accounts().coordination(minusma.index());
        List<Ledger.Entry> done = entriesOf(m, "minusma");
        assertThat(done.get(0).effort() + done.get(1).effort()).isCloseTo(budget, within(1e-9));
        assertThat(done.get(0).effort() / done.get(1).effort()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void sharingChoicesReplaceTheRulesDraws() throws Exception {
        Deciding automated = new Deciding("minusma", null, null, null);
        Constellation a = sahel();
        a.decideWith(automated);
        a.run(3);
        Deciding silent = new Deciding("minusma", null, false, null);
        Constellation b = sahel();
        b.decideWith(silent);
        b.run(3);
        Deciding open = new Deciding("minusma", null, true, null);
        Constellation c = sahel();
        c.decideWith(open);
        c.run(3);
        long fromRule = automated.sentByActor.size();
        assertThat(fromRule).isPositive();
        assertThat(open.sentByActor.size()).isGreaterThan((int) fromRule);
        assertThat(silent.sentByActor.size()).isLessThan((int) fromRule);
    }

    @Test
    void anActorThatLeavesItsMechanismsPaysNoStaffTimeForThem() throws Exception {
        Constellation a = sahel();
        a.schedule.step(a);
        Constellation b = sahel();
        b.decideWith(new Deciding("minusma", null, null, false));
        b.schedule.step(b);
        assertThat(a.accounts().coordination(a.actor("minusma").index())).isPositive();
        assertThat(b.accounts().coordination(b.actor("minusma").index())).isZero();
        Constellation c = sahel();
        c.decideWith(new Deciding("undp-mali", null, null, true));
        c.schedule.step(c);
        assertThat(c.accounts().coordination(c.actor("undp-mali").index()))
                .as("donor-forum is not open to an agency: it cannot join").isZero();
        int niger = a.actor("eu-delegation-niger").index();
        assertThat(a.accounts().coordination(niger)).as("a donor the scenario leaves out of the forum").isZero();
        Constellation d = sahel();
        d.decideWith(new Deciding("eu-delegation-niger", null, null, true));
        d.schedule.step(d);
        assertThat(d.accounts().coordination(niger)).as("the forum is open to every donor: it joins and pays")
                .isPositive();
    }

    @Test
    void anEarmarkedActorIsAskedForAPlanOnlyWhenItsBudgetCycleLetsItReplan() throws Exception {
        Constellation m = sahel();
        Deciding asking = new Deciding("france", null, null, null);
        m.decideWith(asking);
        m.run(14);
        assertThat(asking.planAsked).containsExactly(0, 12);
    }
}
