package org.constellation.model.spec;

import org.constellation.model.Challenge;

/** What a shock can change in a running model; the model implements it. */
public interface ShockTarget {

    /** Raises the need of one challenge in a district or every district of a country. */
    void raiseNeed(String area, Challenge challenge, double amount);

    /** Raises the structural drivers of one challenge in a district or every district of a country. */
    void raiseDriver(String area, Challenge challenge, double amount);

    /** Sets a host government's willingness and consent; NaN leaves a value unchanged. */
    void changeHost(String country, double willingness, double consent);

    /** Closes an actor now (a mission leaving early). */
    void closeActor(String actor);

    /** Multiplies an actor's capacity (funding cut or surge). */
    void scaleCapacity(String actor, double factor);

    /** Adds strength to a group. */
    void reinforceGroup(String group, double strength);
}
