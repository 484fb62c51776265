package org.constellation.experiment.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplicitDesignTest {

    private static final FactorSpace SPACE = FactorSpace.of(Factor.integer("troops", 100, 5000),
            Factor.real("trust", 0, 1), Factor.categorical("lead", "UN", "AU", "EU"));

    @Test
    void keepsTheGivenOrderAndCanonicalisesValues() {
        ExplicitDesign design = new ExplicitDesign(SPACE, List.of(
                Map.of("troops", 1200, "trust", 1, "lead", "AU"),
                Map.of("troops", 300.0, "trust", 0.25, "lead", "UN")));
        assertThat(design.size()).isEqualTo(2);
        DesignPoint first = design.points().get(0);
        assertThat(first.index()).isZero();
        assertThat(first.values()).containsExactly(1200L, 1.0, "AU");
        assertThat(first.intValue("troops")).isEqualTo(1200);
        assertThat(first.doubleValue("trust")).isEqualTo(1.0);
        assertThat(first.stringValue("lead")).isEqualTo("AU");
        assertThat(first.asMap()).containsExactly(Map.entry("troops", 1200L), Map.entry("trust", 1.0), Map.entry("lead", "AU"));
        assertThat(design.points().get(1).values()).containsExactly(300L, 0.25, "UN");
    }

    @Test
    void rejectsMissingUnknownAndInvalidValuesNamingThePoint() {
        assertThatThrownBy(() -> new ExplicitDesign(SPACE, List.of(Map.of("troops", 200, "trust", 0.5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point 0");
        assertThatThrownBy(() -> new ExplicitDesign(SPACE, List.of(Map.of("troops", 200, "trust", 0.5, "boss", "UN"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExplicitDesign(SPACE, List.of(
                Map.of("troops", 200, "trust", 0.5, "lead", "UN"),
                Map.of("troops", 99, "trust", 0.5, "lead", "UN"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point 1");
        assertThatThrownBy(() -> new ExplicitDesign(SPACE, List.of(Map.of("troops", 200, "trust", 0.5, "lead", "NATO"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typedAccessorsRejectTheWrongKindOfFactor() {
        DesignPoint p = new ExplicitDesign(SPACE, List.of(Map.of("troops", 200, "trust", 0.5, "lead", "UN"))).points().get(0);
        assertThatThrownBy(() -> p.doubleValue("lead")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.intValue("trust")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.stringValue("troops")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.get("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
