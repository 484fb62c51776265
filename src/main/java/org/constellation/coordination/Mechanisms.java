package org.constellation.coordination;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.CoordinationMechanism;
import org.constellation.model.params.StrategyParameters;

/** The registry of coordination mechanisms: the only place that maps names to classes. */
public final class Mechanisms {

    private static final Map<String, MechanismInfo> REGISTRY = index(List.of(NoCoordination.info(), AdHocCrisis.info(),
            FocalPoints.info(), DedicatedAdvisors.info(), IntegratedOffice.info(), JointAnalysis.info(),
            InformationPlatform.info(), ClusterLead.info(), DonorForum.info(), HqCoordination.info(),
            RegionalMissions.info(), ExternalCoordinator.info(), NationalStrategy.info(), PooledFund.info(),
            Sequencing.info(), TransitionPlanning.info()));

    private Mechanisms() {
    }

    private static Map<String, MechanismInfo> index(List<MechanismInfo> infos) {
        Map<String, MechanismInfo> map = new LinkedHashMap<>();
        for (MechanismInfo i : infos) {
            if (map.put(i.name(), i) != null) {
                throw new IllegalStateException("Duplicate mechanism " + i.name());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Every registered mechanism, in catalogue order. */
    public static List<MechanismInfo> all() {
        return new ArrayList<>(REGISTRY.values());
    }

    /** The valid names, in catalogue order. */
    public static List<String> names() {
        return new ArrayList<>(REGISTRY.keySet());
    }

    /** The entry for a name, or an exception listing the valid names. */
    public static MechanismInfo info(String name) {
        MechanismInfo info = REGISTRY.get(name);
        if (info == null) {
            throw new IllegalArgumentException("Unknown mechanism '" + name + "'. Known: " + names());
        }
        return info;
    }

    /** A fresh, configured instance for one run. */
    public static CoordinationMechanism create(String name, Map<String, Double> parameters,
            Map<String, List<String>> lists) {
        MechanismInfo info = info(name);
        return info.factory().apply(new MechanismConfig(StrategyParameters.of(name, info.parameters(), parameters),
                lists));
    }
}
