package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated reference pages in docs/ match the code (run ./constellation docs after changing it). */
class ReferenceDocsTest {

    @Test
    void everyGeneratedPageIsUpToDate() throws IOException {
        for (Map.Entry<String, String> e : ReferenceDocs.all().entrySet()) {
            Path file = Path.of("docs").resolve(e.getKey());
            assertThat(file).as("docs/" + e.getKey() + " (run ./constellation docs)").exists();
            assertThat(Files.readString(file)).as("docs/" + e.getKey() + " (run ./constellation docs)")
                    .isEqualTo(e.getValue());
        }
    }

    @Test
    void theParameterPageListsEveryParameterWithItsSource() {
        String page = ReferenceDocs.parameters();
        for (var d : org.constellation.model.params.Parameters.all()) {
            assertThat(page).contains("`" + d.key() + "`");
            assertThat(d.source()).isNotBlank();
        }
    }
}
