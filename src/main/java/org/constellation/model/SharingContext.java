package org.constellation.model;

import java.util.List;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.world.Country;
import org.constellation.model.world.Region;

/**
 * What an {@link InformationSharingRule} may see and do: read the actors and their working trust,
 * and send information. A message carries a snapshot of the sender's beliefs or plan taken when it
 * is sent, and arrives after a delay; the receiver discounts it by the doubt given.
 */
public interface SharingContext {

    /** The current step. */
    int step();

    /** Every actor of the model, active or not, in index order. */
    List<Actor> actors();

    /** The region. */
    Region region();

    /** The activity catalogue. */
    ActivityCatalogue catalogue();

    /** Global parameters. */
    ModelParameters parameters();

    /** Working trust between actors. */
    Relations relations();

    /** The host government of a country. */
    HostGovernment host(Country country);

    /**
     * Sends information from one actor to another.
     *
     * @param delay steps until it arrives (0: before this step's planning)
     * @param doubt extra variance the receiver adds for doubting the source (0: fully trusted)
     */
    void send(Actor from, Actor to, InfoKind kind, int delay, double doubt);

    /**
     * Whether {@code from} passes a kind of information to {@code to} on a channel the rule opens, given
     * what the rule's own draw decided: a rule asks this for every channel it draws for, so that a decision
     * taken outside the model ({@link ExternalDecisions#shares}) can replace the draw. By default, the draw.
     */
    default boolean shares(Actor from, Actor to, InfoKind kind, boolean automated) {
        return automated;
    }

    /** Actors whose staff rotated at the start of this step. */
    List<Actor> rotatedThisStep();
}
