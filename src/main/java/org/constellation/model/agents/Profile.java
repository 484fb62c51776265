package org.constellation.model.agents;

import org.constellation.model.ActorType;
import org.constellation.model.plan.Mandate;
import org.constellation.model.spec.DeploymentSpec;
import org.constellation.model.spec.Funding;
import org.constellation.model.spec.SensingSpec;

/**
 * The attributes every actor shares, resolved from a scenario.
 *
 * @param index position in the model's actor list
 * @param id unique id
 * @param name display name
 * @param type actor type
 * @param organisation organisation key
 * @param doctrine doctrine it trains in
 * @param capacity nominal effort units per step
 * @param mandate resolved mandate
 * @param executive whether it holds an executive mandate
 * @param funding how it is funded
 * @param deployment when and how it is deployed
 * @param sensing how it perceives needs
 * @param horizon planning horizon in steps
 * @param replanInterval steps between re-plans
 * @param conditionality believed capture above which it withholds indirect support from an institution; 1: never
 */
public record Profile(int index, String id, String name, ActorType type, String organisation, String doctrine,
        double capacity, Mandate mandate, boolean executive, Funding funding, DeploymentSpec deployment,
        SensingSpec sensing, int horizon, int replanInterval, double conditionality) {

    /** A profile without conditionality. */
    public Profile(int index, String id, String name, ActorType type, String organisation, String doctrine,
            double capacity, Mandate mandate, boolean executive, Funding funding, DeploymentSpec deployment,
            SensingSpec sensing, int horizon, int replanInterval) {
        this(index, id, name, type, organisation, doctrine, capacity, mandate, executive, funding, deployment, sensing,
                horizon, replanInterval, 1);
    }
}
