package org.constellation.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every random draw comes from the model's generator: no other source of randomness in main code, but for
 * the classroom's secret link tokens, which must not be predictable from anything the model does.
 */
class RandomnessSourceTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "Math\\.random\\(|new\\s+(java\\.util\\.)?Random\\(|ThreadLocalRandom|SecureRandom|UUID\\.randomUUID|"
                    + "Collections\\.shuffle\\([^,]*\\)|System\\.currentTimeMillis\\(\\)\\s*\\)");
    private static final Path TOKENS = Path.of("src/main/java/org/constellation/classroom/Tokens.java");

    @Test
    void noSourceFileUsesAnotherRandomGenerator() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java") && !p.equals(TOKENS))
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p).stream().filter(l -> FORBIDDEN.matcher(l).find())
                                    .map(l -> p + ": " + l.trim());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
