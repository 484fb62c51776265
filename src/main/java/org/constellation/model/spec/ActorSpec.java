package org.constellation.model.spec;

import java.io.Serializable;
import java.util.List;
import org.constellation.model.ActorType;

/**
 * An international or civil-society actor (missions, UN Country Team agencies, donors, civil
 * society organisations). Host governments are given by {@link HostSpec} and groups by
 * {@link GroupSpec}.
 *
 * @param id unique id
 * @param name display name
 * @param type actor type (not host government or armed group)
 * @param organisation organisation key (e.g. un-peacekeeping, eu-csdp-civilian, undp, bilateral-donor)
 * @param doctrine the doctrine it trains host institutions in
 * @param presence ids of the districts where it is present
 * @param capacity effort units per step
 * @param mandate what it may do and how it weighs the challenges
 * @param executive true if it holds an executive mandate
 * @param funding how it is funded
 * @param deployment when and how it is deployed
 * @param sensing how it perceives needs
 * @param horizon planning horizon, in steps (how far ahead it values effects)
 * @param replanInterval steps between re-plans (earmarked donors keep their allocation for a cycle)
 * @param watchdog for civil society: whether it acts as a watchdog of the host government
 * @param conditionality believed capture of a host institution above which it withholds indirect support
 *     from it (Fit for Purpose ch. 6, recommendation 7); 1: unconditional
 * @param schedule changes to its presence and capacity during the run, in step order (empty: none)
 * @param partOf the id of the mission it is a component of (its police or a civilian section), or "" for none:
 *     it follows that mission's deployment in everything that ends or shrinks it (ODD 2, "Mission components")
 */
public record ActorSpec(String id, String name, ActorType type, String organisation, String doctrine,
        List<String> presence, double capacity, MandateSpec mandate, boolean executive, Funding funding,
        DeploymentSpec deployment, SensingSpec sensing, int horizon, int replanInterval, boolean watchdog,
        double conditionality, List<ScheduleEntry> schedule, String partOf) implements Serializable {

    public ActorSpec {
        presence = List.copyOf(presence);
        schedule = List.copyOf(schedule);
        partOf = partOf == null ? "" : partOf;
    }

    /** An actor that is no mission's component. */
    public ActorSpec(String id, String name, ActorType type, String organisation, String doctrine,
            List<String> presence, double capacity, MandateSpec mandate, boolean executive, Funding funding,
            DeploymentSpec deployment, SensingSpec sensing, int horizon, int replanInterval, boolean watchdog,
            double conditionality, List<ScheduleEntry> schedule) {
        this(id, name, type, organisation, doctrine, presence, capacity, mandate, executive, funding, deployment,
                sensing, horizon, replanInterval, watchdog, conditionality, schedule, "");
    }

    /** An actor whose presence and capacity stay as given for the whole run, with the given conditionality. */
    public ActorSpec(String id, String name, ActorType type, String organisation, String doctrine,
            List<String> presence, double capacity, MandateSpec mandate, boolean executive, Funding funding,
            DeploymentSpec deployment, SensingSpec sensing, int horizon, int replanInterval, boolean watchdog,
            double conditionality) {
        this(id, name, type, organisation, doctrine, presence, capacity, mandate, executive, funding, deployment,
                sensing, horizon, replanInterval, watchdog, conditionality, List.of());
    }

    /** An actor whose support is unconditional and whose presence and capacity stay as given. */
    public ActorSpec(String id, String name, ActorType type, String organisation, String doctrine,
            List<String> presence, double capacity, MandateSpec mandate, boolean executive, Funding funding,
            DeploymentSpec deployment, SensingSpec sensing, int horizon, int replanInterval, boolean watchdog) {
        this(id, name, type, organisation, doctrine, presence, capacity, mandate, executive, funding, deployment,
                sensing, horizon, replanInterval, watchdog, 1);
    }

    /** The same actor with a schedule of changes. */
    public ActorSpec withSchedule(List<ScheduleEntry> entries) {
        return new ActorSpec(id, name, type, organisation, doctrine, presence, capacity, mandate, executive, funding,
                deployment, sensing, horizon, replanInterval, watchdog, conditionality, entries, partOf);
    }

    /** The same actor as a component of the mission with id {@code parent} ("" for none). */
    public ActorSpec asPartOf(String parent) {
        return new ActorSpec(id, name, type, organisation, doctrine, presence, capacity, mandate, executive, funding,
                deployment, sensing, horizon, replanInterval, watchdog, conditionality, schedule, parent);
    }

    /** True if it is a component of a mission. */
    public boolean isComponent() {
        return !partOf.isEmpty();
    }
}
