package org.constellation.scenario.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaDslTest {

    @Test
    void humanNamesDescribeTheConstraints() {
        assertThat(Schemas.number().between(0, 1).humanName()).isEqualTo("a number between 0 and 1");
        assertThat(Schemas.number().min(0.25).unit("USD").humanName()).isEqualTo("a number of at least 0.25 (USD)");
        assertThat(Schemas.integer().max(10).humanName()).isEqualTo("a whole number of at most 10");
        assertThat(Schemas.oneOf("a", "b", "c").humanName()).isEqualTo("one of [a, b, c]");
        assertThat(Schemas.string().humanName()).isEqualTo("a string");
        assertThat(Schemas.bool().humanName()).isEqualTo("true or false");
        assertThat(Schemas.list(Schemas.integer()).humanName()).isEqualTo("a list (each item: a whole number)");
        assertThat(Schemas.map(Schemas.bool()).humanName()).isEqualTo("a table of names (each value: true or false)");
        assertThat(Schemas.object("an actor").humanName()).isEqualTo("an actor");
        assertThat(Schemas.number().named("a share").humanName()).isEqualTo("a share");
    }

    @Test
    void modifiersReturnNewSchemasAndLeaveTheOriginalUnchanged() {
        NumberSchema any = Schemas.number();
        NumberSchema bounded = any.between(0, 1);
        assertThat(any.minimum()).isEmpty();
        assertThat(bounded.minimum()).contains(0.0);
        ObjectSchema empty = Schemas.object();
        ObjectSchema one = empty.required("a", Schemas.string(), "A");
        assertThat(empty.fields()).isEmpty();
        assertThat(one.fields()).extracting(Field::name).containsExactly("a");
        assertThat(one.isClosed()).isTrue();
        assertThat(one.open().isClosed()).isFalse();
        assertThat(one.isClosed()).isTrue();
    }

    @Test
    void defaultsAreCheckedAndResolvedWhenTheFieldIsBuilt() {
        assertThatThrownBy(() -> Field.withDefault("p", Schemas.number().between(0, 1), 2, "P"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
        Field f = Field.withDefault("o", Schemas.object().optional("x", Schemas.integer(), 3, "X"), Map.of(), "O");
        assertThat(f.defaultValue()).contains(Map.of("x", 3L));
        assertThat(Field.withDefault("n", Schemas.number(), 1, "N").defaultValue()).contains(1.0);
        assertThat(Field.withDefault("l", Schemas.list(Schemas.string()), List.of("a"), "L").defaultValue()).contains(List.of("a"));
    }

    @Test
    void programmingMistakesAreRejectedEarly() {
        ObjectSchema one = Schemas.object().required("a", Schemas.string(), "A");
        assertThatThrownBy(() -> one.required("a", Schemas.string(), "again")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schemas.number().between(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schemas.number().min(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schemas.oneOf("a", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schemas.string().pattern("[", "broken")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Field.required("a", Schemas.string(), "two\nlines")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schemas.list(Schemas.bool()).minItems(3).maxItems(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitsOfNumericFieldsComeFromTheirSchema() {
        assertThat(SampleSchema.ACTOR.field("staff").orElseThrow().unit()).contains("people");
        assertThat(SampleSchema.ACTOR.field("name").orElseThrow().unit()).isEmpty();
    }

    @Test
    void suggestionsNeedACloseMatch() {
        assertThat(Suggestions.closest("mechanismz", List.of("actors", "mechanisms"))).contains("mechanisms");
        assertThat(Suggestions.closest("captial", List.of("capacity", "capital"))).contains("capital");
        assertThat(Suggestions.closest("x", List.of("y"))).isEmpty();
        assertThat(Suggestions.closest("zzzzzz", List.of("actors", "seed"))).isEmpty();
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
