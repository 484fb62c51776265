package org.constellation.model.agents;

import java.io.Serializable;
import java.util.Arrays;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.Constellation;
import org.constellation.model.Ledger;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.activity.ActivityType;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.params.Parameters;
import org.constellation.model.world.District;

/**
 * How a host government's consent and willingness respond to what its international partners do in its
 * country (ODD 7.9). Each step, from the 3W ledger of the step and the population's trust:
 * <pre>
 *   s(x) = x / (x + host.consent_effort_scale)                                weight of an effort
 *   consent target = own consent
 *       - host.consent_enforcement x s(international enforcement x ties of the groups it hits)
 *       - host.consent_reporting x s(international human-rights reporting)
 *       + host.consent_partisanship x priority(terrorism) x (2 s(missions' enforcement on terrorism) - 1)
 *                                                                    (only where a mission is present)
 *       + host.consent_delivery x (trust in international partners - trust.initial)
 *       - host.consent_capture x (mean capture - mean capture at the start)
 *   willingness target = own willingness
 *       - host.willingness_capture x (mean capture - mean capture at the start)
 *       + host.willingness_delivery x (trust in the government - its value at the first step)
 *   consent += host.consent_rate x (target - consent); the same for willingness
 * </pre>
 * It also keeps the host's running view of each partner's terms (the host's priorities met by the
 * partner's work, less its enforcement against tied groups and its human-rights reporting), from which
 * {@link #preference} raises its consent to partners with better terms and lowers it to the others. A mission's
 * component's work counts as the mission's: the host judges the mission as one.
 */
final class HostPolitics implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[] terms;
    private final double[] effort;
    private final double[] weighted;
    private double startTrust = Double.NaN;

    HostPolitics(int actors) {
        terms = new double[actors];
        Arrays.fill(terms, Double.NaN);
        effort = new double[actors];
        weighted = new double[actors];
    }

    /** This step's new willingness and consent, {willingness, consent}; updates its view of partners' terms. */
    double[] update(HostGovernment host, Constellation m) {
        ModelParameters p = m.parameters();
        double scale = p.get(Parameters.CONSENT_EFFORT_SCALE);
        double tied = 0;
        double reporting = 0;
        double counterTerrorism = 0;
        Arrays.fill(effort, 0);
        Arrays.fill(weighted, 0);
        for (Ledger.Entry e : m.ledger().current()) {
            Actor a = m.actors().get(e.actor());
            District d = m.region().district(e.district());
            if (d.country() != host.country() || !a.type().isInternational()) {
                continue;
            }
            ActivityType type = m.catalogue().get(e.activity());
            double hit = type.has(ActivityFlag.ENFORCEMENT) ? e.effort() * ties(d, type.challenge(), m) : 0;
            double report = type.has(ActivityFlag.REPORTING) ? e.effort() : 0;
            tied += hit;
            reporting += report;
            if (a.type() == ActorType.MISSION && type.has(ActivityFlag.ENFORCEMENT)
                    && type.challenge() == Challenge.TERRORISM) {
                counterTerrorism += e.effort();
            }
            int partner = a.whole().index();
            effort[partner] += e.effort();
            weighted[partner] += e.effort() * host.ownPriority(type.challenge()) - hit - report;
        }
        double memory = p.get(Parameters.PREFERENCE_MEMORY);
        for (int a = 0; a < terms.length; a++) {
            if (effort[a] > 0) {
                double now = weighted[a] / effort[a];
                terms[a] = Double.isNaN(terms[a]) ? now : terms[a] + memory * (now - terms[a]);
            }
        }
        double[] base = host.baseStance();
        double captureRise = host.capture() - host.startCapture();
        double consentTarget = base[1]
                - p.get(Parameters.CONSENT_ENFORCEMENT) * weight(tied, scale)
                - p.get(Parameters.CONSENT_REPORTING) * weight(reporting, scale)
                - p.get(Parameters.CONSENT_CAPTURE) * captureRise;
        if (missionPresent(host, m)) {
            consentTarget += p.get(Parameters.CONSENT_PARTISANSHIP) * host.ownPriority(Challenge.TERRORISM)
                    * (2 * weight(counterTerrorism, scale) - 1);
        }
        double partnerTrust = partnerTrust(host, m);
        if (!Double.isNaN(partnerTrust)) {
            consentTarget += p.get(Parameters.CONSENT_DELIVERY) * (partnerTrust - p.get(Parameters.TRUST_INITIAL));
        }
        double hostTrust = trustIn(host, m);
        if (Double.isNaN(startTrust)) {
            startTrust = hostTrust;
        }
        double willingnessTarget = base[0] - p.get(Parameters.WILLINGNESS_CAPTURE) * captureRise
                + p.get(Parameters.WILLINGNESS_DELIVERY) * (hostTrust - startTrust);
        double rate = p.get(Parameters.CONSENT_RATE);
        return new double[] {
            clamp(host.willingness() + rate * (clamp(willingnessTarget) - host.willingness())),
            clamp(host.consent() + rate * (clamp(consentTarget) - host.consent()))};
    }

    /**
     * How far the host's consent to a partner departs from its consent to all: host.partner_preference times the
     * partner's terms less the mean terms of the international partners active in the country; 0 for a partner
     * it has not seen work yet.
     */
    double preference(Actor partner, Constellation m) {
        double own = terms[partner.index()];
        if (Double.isNaN(own)) {
            return 0;
        }
        double total = 0;
        int n = 0;
        for (Actor a : m.actors()) {
            if (a.isActive() && a.type().isInternational() && !Double.isNaN(terms[a.index()])) {
                total += terms[a.index()];
                n++;
            }
        }
        return m.parameters().get(Parameters.PARTNER_PREFERENCE) * (own - total / n);
    }

    /** The host's running view of a partner's terms (NaN before it has seen the partner work). */
    double terms(Actor partner) {
        return terms[partner.index()];
    }

    /** The ties to the regime of the groups in a district that enforcement on a challenge hits (the strongest). */
    private static double ties(District d, Challenge c, Constellation m) {
        double most = 0;
        for (ArmedGroup g : m.groups()) {
            if (g.location() == d.index() && g.strength() > 0 && g.kind().pressedBy(c) > 0) {
                most = Math.max(most, g.ties(m));
            }
        }
        return most;
    }

    private static boolean missionPresent(HostGovernment host, Constellation m) {
        for (Actor a : m.actors()) {
            if (a.isActive() && a.type() == ActorType.MISSION) {
                for (District d : a.presence()) {
                    if (d.country() == host.country()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Population-weighted mean trust in the international partners present across the host's country; NaN: none. */
    private static double partnerTrust(HostGovernment host, Constellation m) {
        return PartnerTrust.in(host.country().districts(), m);
    }

    /** Population-weighted mean trust in the host government across its country. */
    private static double trustIn(HostGovernment host, Constellation m) {
        double weightedTrust = 0;
        double people = 0;
        for (District d : host.country().districts()) {
            weightedTrust += d.population() * m.population(d.index()).trust(host.index());
            people += d.population();
        }
        return people > 0 ? weightedTrust / people : 0;
    }

    private static double weight(double x, double scale) {
        return x / (x + scale);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
