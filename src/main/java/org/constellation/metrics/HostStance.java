package org.constellation.metrics;

import java.util.function.ToDoubleFunction;
import org.constellation.model.Constellation;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.world.Country;

/**
 * A host government's stance towards the international presence: its consent and its willingness (0-1), the
 * mean over the host countries (each counting once) or one country's (ODD 7.9: they respond to what partners
 * do). <i>Fit for Purpose</i> ch. 4, "Host government": unable, unwilling or captured states; missions work by
 * consent.
 */
public final class HostStance implements Metric {

    public static final String CONSENT = "host_consent";
    public static final String WILLINGNESS = "host_willingness";

    private final String name;
    private final String country;
    private final boolean consent;

    private HostStance(String name, String country, boolean consent) {
        this.name = name;
        this.country = country;
        this.consent = consent;
    }

    /** Mean consent of the host governments. */
    public static HostStance consent() {
        return new HostStance(CONSENT, null, true);
    }

    /** Mean willingness of the host governments. */
    public static HostStance willingness() {
        return new HostStance(WILLINGNESS, null, false);
    }

    /** One country's host consent, named {@code host_consent_<country id with _ for ->}. */
    public static HostStance consentIn(String countryId) {
        return new HostStance(CONSENT + "_" + countryId.replace('-', '_'), countryId, true);
    }

    /** One country's host willingness, named {@code host_willingness_<country id with _ for ->}. */
    public static HostStance willingnessIn(String countryId) {
        return new HostStance(WILLINGNESS + "_" + countryId.replace('-', '_'), countryId, false);
    }

    /** The info of a column {@code host_consent_<country>} or {@code host_willingness_<country>}, or null. */
    static MetricInfo infoOfCountryColumn(String id) {
        for (String prefix : new String[] {CONSENT + "_", WILLINGNESS + "_"}) {
            if (id.startsWith(prefix) && id.length() > prefix.length()) {
                String country = id.substring(prefix.length()).replace('_', '-');
                return new HostStance(id, country, prefix.startsWith(CONSENT)).info();
            }
        }
        return null;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        String what = consent ? "consent to the international presence" : "willingness to address the challenges";
        return country == null ? "Mean host government " + what + ", each country counting once (0-1)"
                : "Host government " + what + " in " + country + " (0-1)";
    }

    @Override
    public String cannot() {
        return consent ? "Consent to one partner (a host that prefers another partner's terms consents less to this "
                + "one, ODD 7.9), or what consent the host expresses in public: it is the model's state, which "
                + "withdraws a mission below host.consent_threshold"
                : "Whether the will turns into action: capture and weak institutions blunt it (resolving power)";
    }

    @Override
    public MetricInfo info() {
        String label = (consent ? "Host consent" : "Host willingness") + (country == null ? "" : " (" + country + ")");
        return new MetricInfo(name, label, "share", 0, 1, "host");
    }

    @Override
    public double measure(Constellation m) {
        ToDoubleFunction<HostGovernment> value = consent ? HostGovernment::consent : HostGovernment::willingness;
        double total = 0;
        int n = 0;
        for (Country c : m.region().countries()) {
            if (country == null || c.id().equals(country)) {
                total += value.applyAsDouble(m.host(c));
                n++;
            }
        }
        return n == 0 ? 0 : total / n;
    }
}
