package org.constellation.scenario.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Follows {@code extends: parent.yaml} chains (paths relative to the extending file), merging
 * each child over its parent with {@link DocumentMerger}, and reporting missing files and cycles
 * at the {@code extends} value that names them.
 */
final class ExtendsResolver {

    static final int MAX_CHAIN = 16;

    private final YamlReader reader;
    private final String key;

    ExtendsResolver(YamlReader reader, String key) {
        this.reader = reader;
        this.key = key;
    }

    Result<YamlNode> resolve(Path file) {
        return resolve(reader.read(file), directoryOf(file), new ArrayList<>(List.of(identity(file))));
    }

    Result<YamlNode> resolve(Result<YamlNode> read, Path directory, List<Path> chain) {
        if (!read.isOk() || key == null || !(read.orElseThrow() instanceof YamlMap map) || map.entry(key).isEmpty()) {
            return read;
        }
        YamlNode named = map.entry(key).orElseThrow().value();
        KeyPath path = KeyPath.root().key(key);
        if (!(named instanceof YamlScalar s) || s.kind() != YamlScalar.Kind.STRING || s.text().isBlank()) {
            return fail(named, path, "expected the name of a YAML file to build on, such as 'base.yaml', found "
                    + Texts.found(named));
        }
        Path parentFile = directory.resolve(s.text()).normalize();
        Path parentId = identity(parentFile);
        if (chain.contains(parentId)) {
            String cycle = chain.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" -> "));
            return fail(named, path, "'" + s.text() + "' is already being extended (" + cycle + " -> "
                    + parentFile.getFileName() + "); a file cannot extend itself, even indirectly");
        }
        if (chain.size() >= MAX_CHAIN) {
            return fail(named, path, "too many levels of '" + key + "' (more than " + MAX_CHAIN + ")");
        }
        if (!Files.isRegularFile(parentFile)) {
            return fail(named, path, "the file " + Texts.quote(s.text()) + " does not exist (looked for "
                    + parentFile + ")");
        }
        List<Path> longer = new ArrayList<>(chain);
        longer.add(parentId);
        Result<YamlNode> parent = resolve(reader.read(parentFile), directoryOf(parentFile), longer);
        if (!parent.isOk()) {
            return parent;
        }
        return Result.ok(DocumentMerger.merge(parent.orElseThrow(), map.without(key)));
    }

    static Path directoryOf(Path file) {
        Path parent = file.getParent();
        return parent != null ? parent : Path.of("");
    }

    private static Path identity(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static Result<YamlNode> fail(YamlNode at, KeyPath path, String message) {
        return Result.failure(List.of(ValidationError.at(at.location(), path, message)));
    }
}
