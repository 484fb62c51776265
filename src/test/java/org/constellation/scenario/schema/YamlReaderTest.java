package org.constellation.scenario.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {

    private final YamlReader reader = YamlReader.withDefaults();

    private List<String> errors(String yaml) {
        Result<YamlNode> r = reader.read("f.yaml", yaml);
        assertThat(r.isOk()).as("expected errors for %s", yaml).isFalse();
        return r.errors().stream().map(ValidationError::render).toList();
    }

    @Test
    void keepsLineAndColumnOfEveryNodeAndTypesScalars() {
        YamlMap root = (YamlMap) reader.read("f.yaml", "a: 1\nb:\n  - 2.5\n  - 'x'\n  - true\n  - ~\n").orElseThrow();
        assertThat(root.location()).isEqualTo(new SourceLocation("f.yaml", 1, 1));
        assertThat(root.entry("b").orElseThrow().keyLocation()).isEqualTo(new SourceLocation("f.yaml", 2, 1));
        YamlList list = (YamlList) root.get("b").orElseThrow();
        assertThat(list.items()).extracting(YamlNode::location).extracting(SourceLocation::line).containsExactly(3, 4, 5, 6);
        assertThat(list.items()).extracting(n -> ((YamlScalar) n).kind()).containsExactly(
                YamlScalar.Kind.FLOAT, YamlScalar.Kind.STRING, YamlScalar.Kind.BOOLEAN, YamlScalar.Kind.NULL);
        assertThat(list.items().get(1).location().column()).isEqualTo(5);
        YamlScalar one = (YamlScalar) root.get("a").orElseThrow();
        assertThat(one.value()).isEqualTo(1L);
        assertThat(one.location()).isEqualTo(new SourceLocation("f.yaml", 1, 4));
    }

    @Test
    void numbersFollowTheCoreSchemaAndKeepHugeValues() {
        YamlMap root = (YamlMap) reader.read("f", "h: 0x1F\no: 0o17\nbig: 99999999999999999999\nn: .NaN\ni: -.inf\nq: '12'\nno: NO\n")
                .orElseThrow();
        assertThat(((YamlScalar) root.get("h").orElseThrow()).value()).isEqualTo(31L);
        assertThat(((YamlScalar) root.get("o").orElseThrow()).value()).isEqualTo(15L);
        assertThat(((YamlScalar) root.get("big").orElseThrow()).value()).isEqualTo(new BigInteger("99999999999999999999"));
        assertThat((Double) ((YamlScalar) root.get("n").orElseThrow()).value()).isNaN();
        assertThat(((YamlScalar) root.get("i").orElseThrow()).value()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(((YamlScalar) root.get("q").orElseThrow()).kind()).isEqualTo(YamlScalar.Kind.STRING);
        assertThat(((YamlScalar) root.get("no").orElseThrow()).value()).isEqualTo("NO");
    }

    @Test
    void emptyDocumentIsAnEmptyScalar() {
        assertThat(reader.read("f", "# only a comment\n").orElseThrow()).isEqualTo(YamlScalar.empty(SourceLocation.startOf("f")));
    }

    @Test
    void malformedYamlIsLocated() {
        assertThat(errors("a: b: c\n")).containsExactly(
                "f.yaml:1:5: invalid YAML: mapping values are not allowed here; check the indentation,"
                        + " or put a value that contains ': ' in quotes");
        assertThat(errors("a: [1, 2\nb: 3\n")).singleElement().asString().startsWith("f.yaml:2:2: invalid YAML:");
    }

    @Test
    void tabsInIndentationAreRejectedButTabsInsideTextAreNot() {
        assertThat(errors("a:\n\tb: 1\n")).containsExactly(
                "f.yaml:2:1: a tab character is used for indentation; YAML needs spaces (replace the tab with spaces)");
        assertThat(errors("a:\n  b: 1\n  \tc: 2\n")).singleElement().asString().startsWith("f.yaml:3:3: a tab character");
        assertThat(reader.read("f", "a: |\n  x\n  \ty\nb: \"p\tq\"\n").isOk()).isTrue();
    }

    @Test
    void duplicateKeysAreAllReported() {
        assertThat(errors("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n")).containsExactly(
                "f.yaml:4:3: duplicate key 'c' (first written at line 3); each key may appear only once",
                "f.yaml:5:1: duplicate key 'a' (first written at line 1); each key may appear only once");
    }

    @Test
    void nonStringKeysAreRejected() {
        assertThat(errors("2024: x\n~: y\n[a]: z\ntrue: w\n")).containsExactly(
                "f.yaml:1:1: the key 2024 is not text; keys must be names (write '2024' in quotes if it is meant as a name)",
                "f.yaml:2:1: a key is empty; write a name before the ':'",
                "f.yaml:3:1: a key must be a name, found a list",
                "f.yaml:4:1: the key true is not text; keys must be names (write 'true' in quotes if it is meant as a name)");
        assertThat(reader.read("f", "'2024': x\n").isOk()).isTrue();
    }

    @Test
    void multipleDocumentsAreRejected() {
        assertThat(errors("---\na: 1\n---\nb: 2\n")).singleElement().asString()
                .startsWith("f.yaml:3:1: the file holds more than one YAML document");
    }

    @Test
    void aliasesAreLimitedAndBillionLaughsStops() {
        assertThat(reader.read("f", "a: &x [1, 2]\nb: *x\n").isOk()).isTrue();
        assertThat(errors("a: *nope\n")).containsExactly("f.yaml:1:4: the alias *nope refers to no anchor &nope defined before it");
        assertThat(errors("a: &x\n  b: *x\n")).singleElement().asString().contains("recursive aliases are not allowed");
        StringBuilder many = new StringBuilder("a: &x 1\nl:\n");
        for (int i = 0; i < 51; i++) {
            many.append("  - *x\n");
        }
        assertThat(errors(many.toString())).containsExactly(
                "f.yaml:53:5: too many aliases (*x); at most 50 are allowed in one file");
        String laughs = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n";
        assertThat(errors(laughs)).singleElement().asString().contains("expands to more than 200000 values");
    }

    @Test
    void deepNestingIsRejected() {
        assertThat(errors("[".repeat(100_000))).containsExactly(
                "f.yaml:1:65: the nesting is too deep (more than 64 levels of lists and sections)");
        assertThat(reader.read("f", "[".repeat(64) + "]".repeat(64)).isOk()).isTrue();
    }

    @Test
    void oversizedInputIsRejected() {
        YamlReader small = new YamlReader(new YamlLimits(100, 64, 10, 1000));
        assertThat(small.read("f", "a: " + "x".repeat(200)).errors()).singleElement().extracting(ValidationError::render)
                .isEqualTo("f:1:1: the file is too large (more than 100 bytes); is it the right file?");
    }

    @Test
    void invalidUtf8AndControlCharactersAreLocated() {
        byte[] bad = "a: ok\nb: caf\u00e9 \u00e9\n".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 3] = (byte) 0xFF;
        assertThat(reader.read("f", bad).errors()).extracting(ValidationError::render).containsExactly(
                "f:2:9: the file is not valid UTF-8 text (byte 0xFF here); save it as UTF-8, or check that it is a text file");
        assertThat(reader.read("f", "a: 1\nb: x\u0007\n").errors()).extracting(ValidationError::render).containsExactly(
                "f:2:5: the file contains the control character U+0007, which YAML does not allow; is it a text file?");
        assertThat(reader.read("f", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}).errors()).singleElement()
                .extracting(ValidationError::message).asString().contains("UTF-16");
        byte[] bom = "\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("f", bom).isOk()).isTrue();
    }

    @Test
    void crlfLineEndingsKeepLineNumbers() {
        assertThat(errors("a: 1\r\nb: 2\r\na: 3\r\n")).singleElement().asString().startsWith("f.yaml:3:1: duplicate key 'a'");
    }

    @Test
    void tagsOtherThanStrAreRejected() {
        assertThat(errors("a: !!int 3\n")).singleElement().asString().startsWith("f.yaml:1:4: the tag '!!int' is not supported");
        assertThat(errors("a: !custom {}\n")).singleElement().asString().startsWith("f.yaml:1:4: the tag '!custom'");
        assertThat(((YamlScalar) ((YamlMap) reader.read("f", "a: !!str 3\n").orElseThrow()).get("a").orElseThrow()).value())
                .isEqualTo("3");
    }

    @Test
    void filesAreReadAndMissingFilesReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.yaml");
        Files.writeString(file, "a: 1\n");
        assertThat(reader.read(file).orElseThrow().location().source()).isEqualTo(file.toString());
        assertThat(reader.read(dir.resolve("none.yaml")).errors()).singleElement()
                .extracting(ValidationError::message).isEqualTo("the file does not exist");
        assertThat(reader.read(dir).errors()).singleElement().extracting(ValidationError::line).isEqualTo(1);
    }
}
