package org.constellation.model;

import java.io.Serializable;
import ec.util.MersenneTwisterFast;

/**
 * Who passes what information to whom, and when (<i>Fit for Purpose</i> ch. 4), run once per step
 * in the SHARE phase after due messages are delivered. A rule never schedules itself and never calls
 * a mechanism, so any rule combines with any mechanism. Implementations are registered by a stable
 * name and keep per-run state in their own fields.
 */
public interface InformationSharingRule extends Serializable {

    /** The stable kebab-case name under which the rule is registered. */
    String name();

    /** Called once after the world is built, before the first step. */
    default void initialize(SharingContext context) {
    }

    /** Shares information for the current step. Every random draw must come from {@code random}. */
    void share(SharingContext context, MersenneTwisterFast random);
}
