package org.constellation.model.agents;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.constellation.model.ActorType;
import org.constellation.model.Constellation;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.District;

/**
 * A host's withdrawal of consent and the forced exit that follows (ODD 7.9). A mission's components ({@code
 * part_of}) are not judged on their own: the host withdraws its consent from the mission, and they draw down and
 * leave with it, in the same steps. When its consent to an active
 * mission present in its country ({@link HostGovernment#consentTo}) falls below {@code host.consent_threshold},
 * the host withdraws it: the exit is announced at once (the mission and everyone else plan with it from then),
 * the mission draws down through {@code host.withdrawal_notice} steps, leaving its districts in the country in
 * order (least state presence first: remote bases go first, as MINUSMA's northern camps did in 2023, public
 * record) so that by the end of the notice it holds none, and then leaves the country: it closes if it had no
 * presence elsewhere (the model's closure and transition path: mechanisms hand over, the transition metric
 * measures what nobody took over). A withdrawal is not taken back.
 */
final class ConsentWithdrawal implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int[] withdrawnAt;
    private final int[] startingDistricts;

    ConsentWithdrawal(int actors) {
        withdrawnAt = new int[actors];
        Arrays.fill(withdrawnAt, -1);
        startingDistricts = new int[actors];
    }

    /** True if the host has withdrawn its consent to this actor. */
    boolean hasWithdrawn(Actor actor) {
        return withdrawnAt[actor.index()] >= 0;
    }

    /** The step at which it withdrew its consent to this actor, or -1. */
    int withdrawnAt(Actor actor) {
        return withdrawnAt[actor.index()];
    }

    /** WORLD phase, after consent moved: new withdrawals, then every drawdown under way takes its next step. */
    void step(HostGovernment host, Constellation m) {
        double threshold = m.parameters().get(Parameters.CONSENT_THRESHOLD);
        int notice = m.parameters().getInt(Parameters.WITHDRAWAL_NOTICE);
        for (boolean components : new boolean[] {false, true}) {
            for (Actor a : m.actors()) {
                if (a.type() == ActorType.MISSION && a.isActive() && (a.parent() != null) == components) {
                    step(a, host, m, threshold, notice);
                }
            }
        }
    }

    /** One mission's new withdrawal (a component's follows its mission's, decided first) and its drawdown. */
    private void step(Actor a, HostGovernment host, Constellation m, double threshold, int notice) {
        int k = a.index();
        if (withdrawnAt[k] < 0 && !a.isPresentIn(host.country())) {
            return;
        }
        int t = m.step();
        List<District> here = districtsIn(a, host);
        boolean withdraws = a.parent() == null ? host.consentTo(a, m) < threshold : hasWithdrawn(a.parent());
        if (withdrawnAt[k] < 0 && !here.isEmpty() && withdraws) {
            withdrawnAt[k] = a.parent() == null ? t : withdrawnAt(a.parent());
            startingDistricts[k] = here.size();
            if (here.size() == a.presence().size()) {
                a.announceExit(t, withdrawnAt[k] + notice);
            }
        }
        if (withdrawnAt[k] >= 0) {
            drawDown(a, here, startingDistricts[k], withdrawnAt[k] + notice - t - 1, notice);
        }
    }

    /** Leaves districts until it keeps its share of the notice still to run (none in the notice's last step). */
    private static void drawDown(Actor a, List<District> here, int starting, int left, int notice) {
        int keep = left <= 0 || notice <= 0 ? 0 : (int) Math.ceil((double) starting * left / notice);
        List<District> order = new ArrayList<>(here);
        order.sort(Comparator.comparingDouble(District::statePresence).thenComparingInt(District::index));
        for (int i = 0; i < order.size() - keep; i++) {
            a.removePresence(order.get(i));
        }
    }

    private static List<District> districtsIn(Actor a, HostGovernment host) {
        List<District> out = new ArrayList<>();
        for (District d : a.presence()) {
            if (d.country() == host.country()) {
                out.add(d);
            }
        }
        return out;
    }
}
