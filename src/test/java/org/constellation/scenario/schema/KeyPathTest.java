package org.constellation.scenario.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KeyPathTest {

    @Test
    void buildsAndRendersPaths() {
        KeyPath p = KeyPath.root().key("actors").index(3).key("capacity");
        assertThat(p).hasToString("actors[3].capacity");
        assertThat(p.parent()).hasToString("actors[3]");
        assertThat(KeyPath.root().key("mechanisms").key("a.b").key("say \"hi\"")).hasToString(
                "mechanisms[\"a.b\"][\"say \\\"hi\\\"\"]");
        assertThat(KeyPath.root()).hasToString("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "actors[3].capacity", "mechanisms.donor-forum.cost", "[0][1].x", "m[\"a.b\"].c", "a[\"q\\\"x\"]"})
    void parseAndRenderRoundTrip(String text) {
        assertThat(KeyPath.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.|3|the key path ends with '.'",
        ".a|1|a key name is missing here",
        "a..b|3|a key name is missing here",
        "a[x]|3|expected a list index such as [0] or a quoted key such as [\"a.b\"]",
        "a[1]b|5|expected '.' or '[' after a key, found 'b'",
        "a[99999999999]|3|the list index is too large",
        "a[\"x|5|a quoted key must end with \"]"})
    void reportsTheColumnOfSyntaxErrors(String text, int column, String message) {
        KeyPathParser.Parsed parsed = KeyPathParser.parse(text);
        assertThat(parsed.error()).isEqualTo(message);
        assertThat(parsed.errorColumn()).isEqualTo(column);
        assertThatThrownBy(() -> KeyPath.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
