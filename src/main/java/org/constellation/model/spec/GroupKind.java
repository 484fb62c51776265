package org.constellation.model.spec;

import java.util.Map;
import org.constellation.model.Challenge;

/**
 * Kinds of criminal and armed group, with the challenges each feeds, draws revenue from and is
 * pressed by (<i>Fit for Purpose</i> ch. 1 and 3; <i>Multilateral Peace Operations and the Challenges of
 * Organized Crime</i>). The
 * weights are assumptions.
 */
public enum GroupKind {
    /** Jihadist groups (the Sahel, Somalia): terrorism first, then threats to civilians and displacement. */
    JIHADIST("jihadist",
            Map.of(Challenge.TERRORISM, 1.0, Challenge.PROTECTION_OF_CIVILIANS, 0.6, Challenge.MIGRATION_TRAFFICKING, 0.3),
            Map.of(Challenge.ORGANIZED_CRIME, 0.5, Challenge.MIGRATION_TRAFFICKING, 0.3),
            Map.of(Challenge.TERRORISM, 1.0, Challenge.PROTECTION_OF_CIVILIANS, 0.3)),
    /** Trafficking networks (people, drugs, arms, conflict resources). */
    TRAFFICKING_NETWORK("trafficking-network",
            Map.of(Challenge.ORGANIZED_CRIME, 1.0, Challenge.MIGRATION_TRAFFICKING, 0.8),
            Map.of(Challenge.ORGANIZED_CRIME, 1.0, Challenge.MIGRATION_TRAFFICKING, 1.0, Challenge.ENVIRONMENT, 0.3),
            Map.of(Challenge.ORGANIZED_CRIME, 1.0, Challenge.MIGRATION_TRAFFICKING, 1.0)),
    /** Urban gangs (Haiti). */
    GANG("gang",
            Map.of(Challenge.ORGANIZED_CRIME, 1.0, Challenge.PROTECTION_OF_CIVILIANS, 0.5),
            Map.of(Challenge.ORGANIZED_CRIME, 1.0),
            Map.of(Challenge.ORGANIZED_CRIME, 1.0, Challenge.PROTECTION_OF_CIVILIANS, 0.3)),
    /** Non-state armed groups living off conflict resources (eastern DRC). */
    ARMED_GROUP("armed-group",
            Map.of(Challenge.PROTECTION_OF_CIVILIANS, 1.0, Challenge.ENVIRONMENT, 0.4, Challenge.ORGANIZED_CRIME, 0.3),
            Map.of(Challenge.ENVIRONMENT, 1.0, Challenge.ORGANIZED_CRIME, 0.5),
            Map.of(Challenge.PROTECTION_OF_CIVILIANS, 1.0, Challenge.ENVIRONMENT, 1.0, Challenge.TERRORISM, 0.5));

    private final String key;
    private final Map<Challenge, Double> pressure;
    private final Map<Challenge, Double> markets;
    private final Map<Challenge, Double> pressedBy;

    GroupKind(String key, Map<Challenge, Double> pressure, Map<Challenge, Double> markets,
            Map<Challenge, Double> pressedBy) {
        this.key = key;
        this.pressure = pressure;
        this.markets = markets;
        this.pressedBy = pressedBy;
    }

    /** The stable name used in scenario files. */
    public String key() {
        return key;
    }

    /** Relative weight of the need the group adds to each challenge. */
    public double pressure(Challenge c) {
        return pressure.getOrDefault(c, 0.0);
    }

    /** Relative weight of each challenge's unmet need as a source of illicit revenue. */
    public double market(Challenge c) {
        return markets.getOrDefault(c, 0.0);
    }

    /** How much enforcement on each challenge presses this kind of group. */
    public double pressedBy(Challenge c) {
        return pressedBy.getOrDefault(c, 0.0);
    }

    /** The kind with this key, or an exception listing the valid keys. */
    public static GroupKind byKey(String key) {
        for (GroupKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown group kind '" + key + "'. Known: "
                + java.util.Arrays.stream(values()).map(GroupKind::key).toList());
    }
}
