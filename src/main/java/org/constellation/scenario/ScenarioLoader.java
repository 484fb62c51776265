package org.constellation.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads scenario files. */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    /** Loads and maps a scenario file, or throws with every problem, each naming the file. */
    public static LoadedScenario load(Path file) throws ScenarioException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(List.of(file + ": no such file"));
        } catch (IOException e) {
            throw new ScenarioException(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
        Object root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(50).build();
            root = new Load(settings).loadFromString(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (YamlEngineException e) {
            throw new ScenarioException(List.of(file + ": not valid YAML: " + e.getMessage().replace('\n', ' ')));
        }
        if (!(root instanceof Map<?, ?>)) {
            throw new ScenarioException(List.of(file + ": a scenario must be a mapping of keys to values"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) root;
        Scenario scenario = ScenarioMapper.map(tree, path -> file + ": " + path);
        return new LoadedScenario(scenario, file, sha256(bytes), tree);
    }

    /** Hex SHA-256 of some bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
