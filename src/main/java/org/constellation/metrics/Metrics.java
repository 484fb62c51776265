package org.constellation.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.constellation.model.Challenge;
import org.constellation.model.spec.CountrySpec;
import org.constellation.model.spec.ModelSpec;

/** The registry of metrics, by stable name, in output column order. */
public final class Metrics {

    private static final List<Supplier<Metric>> STANDARD = List.of(
            RedundantEffort::new, ComplementaryEffort::new, ActivityOverlap::new, MissionUnctRedundancy::new,
            MissionUnctActivityOverlap::new, Coverage::byNeed, Coverage::byCell, OutOfReach::new, UnmetNeed::all,
            () -> UnmetNeed.of(Challenge.TERRORISM), () -> UnmetNeed.of(Challenge.ORGANIZED_CRIME),
            () -> UnmetNeed.of(Challenge.MIGRATION_TRAFFICKING), () -> UnmetNeed.of(Challenge.ENVIRONMENT),
            () -> UnmetNeed.of(Challenge.EPIDEMICS), () -> UnmetNeed.of(Challenge.PROTECTION_OF_CIVILIANS),
            AbsorptionOverload::new, IndirectShare::new, DoctrineIncoherence::new, CoordinationCost::new, BeliefError::new,
            InformationLatency::new, ArmedGroupStrength::new, BorderCrossings::new, TransitionShortfall::new,
            InsideFenceHarm::new, Trust::new, HostLegitimacy::new, HostStance::consent, HostStance::willingness,
            MissionAccess::new);

    private Metrics() {
    }

    /** A fresh instance of every standard metric, in column order. */
    public static List<Metric> standard() {
        List<Metric> out = new ArrayList<>();
        for (Supplier<Metric> s : STANDARD) {
            out.add(s.get());
        }
        return out;
    }

    /**
     * The columns of a run's time series: the standard metrics, then each host country's consent and willingness
     * (their names depend on the scenario, so sweeps and the GUI keep to the standard ones).
     */
    public static List<Metric> forRun(ModelSpec spec) {
        List<Metric> out = standard();
        for (CountrySpec c : spec.region().countries()) {
            out.add(HostStance.consentIn(c.id()));
            out.add(HostStance.willingnessIn(c.id()));
        }
        return out;
    }

    /** The names of the standard metrics, in column order. */
    public static List<String> names() {
        return standard().stream().map(Metric::name).toList();
    }

    /** The metric with a name, or an exception listing the valid names. */
    public static Metric byName(String name) {
        for (Metric m : standard()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown metric '" + name + "'. Known: " + names());
    }
}
