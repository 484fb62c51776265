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

    /** Gives an actor a new mandate from now on. */
    void changeMandate(String actor, MandateSpec mandate);

    /** Announces an actor's exit at {@code end} (if not already) and takes it out of these districts now. */
    void drawDown(String actor, int end, java.util.List<String> districts);

    /** Closes an actor and hands its districts, a share of its capacity and its records (some lost) to another. */
    void handOver(String actor, String successor, double recordsLost, double capacityShare);
}
