package org.constellation.scenario.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeTest {

    private static YamlNode read(String source, String yaml) {
        return YamlReader.withDefaults().read(source, yaml).orElseThrow();
    }

    @Test
    void childWinsMapsMergeListsAndScalarsAreReplaced() {
        YamlNode parent = read("base.yaml", "a: 1\nm:\n  x: 1\n  y: [1, 2]\n  z: {p: 1}\nl: [1, 2, 3]\n");
        YamlNode child = read("child.yaml", "m:\n  y: [9]\n  w: 4\n  z: 5\nl: [7]\nb: 2\n");
        Object merged = JavaValues.toPlain(DocumentMerger.merge(parent, child));
        assertThat(merged).isEqualTo(Map.of("a", 1L, "b", 2L, "l", List.of(7L),
                "m", Map.of("x", 1L, "y", List.of(9L), "z", 5L, "w", 4L)));
        YamlMap m = (YamlMap) ((YamlMap) DocumentMerger.merge(parent, child)).get("m").orElseThrow();
        assertThat(m.keys()).containsExactly("x", "y", "z", "w");
        assertThat(m.get("x").orElseThrow().location()).isEqualTo(new SourceLocation("base.yaml", 3, 6));
        assertThat(m.get("y").orElseThrow().location()).isEqualTo(new SourceLocation("child.yaml", 2, 6));
        assertThat(m.entry("z").orElseThrow().keyLocation()).isEqualTo(new SourceLocation("child.yaml", 4, 3));
        assertThat(DocumentMerger.merge(parent, read("empty.yaml", ""))).isSameAs(parent);
    }

    @Test
    void extendsChainsMergeAndErrorsNameTheFileEachValueCameFrom(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("common"));
        Files.writeString(dir.resolve("common/root.yaml"), "name: Root\nseed: 1\nactors:\n  - {name: a, capacity: 0.5}\n");
        Files.writeString(dir.resolve("common/base.yaml"), "extends: root.yaml\nseed: 2\nsteps: 0\n");
        Files.writeString(dir.resolve("child.yaml"), "extends: common/base.yaml\nseed: 3\nverbose: true\n");
        Result<ValidatedDocument> result = DocumentLoader.of(SampleSchema.SCENARIO).load(dir.resolve("child.yaml"));
        assertThat(result.errors()).extracting(ValidationError::render).containsExactly(
                dir.resolve("common/base.yaml") + ":3:8: steps: expected a whole number between 1 and 10000 (days), found 0");
        Files.writeString(dir.resolve("child.yaml"), "extends: common/base.yaml\nseed: 3\nsteps: 10\n");
        ValidatedDocument doc = DocumentLoader.of(SampleSchema.SCENARIO).load(dir.resolve("child.yaml")).orElseThrow();
        assertThat(doc.asMap()).doesNotContainKey("extends");
        assertThat(doc.get("seed")).contains(3L);
        assertThat(doc.get("name")).contains("Root");
        assertThat(doc.locationOf("name")).contains(new SourceLocation(dir.resolve("common/root.yaml").toString(), 1, 7));
        assertThat(doc.locationOf("seed")).contains(new SourceLocation(dir.resolve("child.yaml").toString(), 2, 7));
    }

    @Test
    void missingParentsCyclesAndBadExtendsValuesAreLocatedAtTheExtendsValue(@TempDir Path dir) throws Exception {
        DocumentLoader loader = DocumentLoader.of(SampleSchema.SCENARIO);
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "name: x\nextends: nowhere.yaml\n");
        assertThat(loader.load(child).errors()).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo(new SourceLocation(child.toString(), 2, 10));
            assertThat(e.path()).isEqualTo("extends");
            assertThat(e.message()).startsWith("the file 'nowhere.yaml' does not exist");
        });
        Files.writeString(child, "extends: other.yaml\n");
        Files.writeString(dir.resolve("other.yaml"), "extends: child.yaml\n");
        assertThat(loader.load(child).errors()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(dir.resolve("other.yaml").toString());
            assertThat(e.message()).isEqualTo("'child.yaml' is already being extended (child.yaml -> other.yaml -> child.yaml);"
                    + " a file cannot extend itself, even indirectly");
        });
        Files.writeString(child, "extends: [a.yaml]\n");
        assertThat(loader.load(child).errors()).extracting(ValidationError::render).containsExactly(
                child + ":1:10: extends: expected the name of a YAML file to build on, such as 'base.yaml', found a list");
        Files.writeString(child, "extends: other.yaml\n");
        Files.writeString(dir.resolve("other.yaml"), "name: [\n");
        assertThat(loader.load(child).errors()).singleElement().extracting(ValidationError::source)
                .isEqualTo(dir.resolve("other.yaml").toString());
    }

    @Test
    void extendsCanBeDisabled(@TempDir Path dir) throws Exception {
        Path child = dir.resolve("c.yaml");
        Files.writeString(child, "extends: nowhere.yaml\nname: x\nactors: [{name: a, capacity: 0}]\n");
        ValidatedDocument doc = DocumentLoader.of(SampleSchema.SCENARIO).withExtendsKey(null).load(child).orElseThrow();
        assertThat(doc.get("extends")).contains("nowhere.yaml");
    }
}
