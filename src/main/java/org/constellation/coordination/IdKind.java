package org.constellation.coordination;

/** What the ids of a list setting refer to, so a scenario's lists can be checked. */
public enum IdKind {
    /** Actor ids (including host governments). */
    ACTOR,
    /** Challenge keys. */
    CHALLENGE,
    /** Organisation keys. */
    ORGANISATION,
    /** "challenge=actor" pairs. */
    CHALLENGE_ACTOR
}
