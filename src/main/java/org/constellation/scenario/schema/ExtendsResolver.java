package org.constellation.scenario.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Follows {@code extends: parent.yaml} chains (paths relative to the extending file), merging
 * each child over its parent with {@link DocumentMerger}, and reporting at the {@code extends} value
 * that names them: missing files, what is not a file (a folder, a device), files that are not a
 * section of keys (plain text, a list, an empty file; never quoted), and cycles.
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
            return fail(named, path, Files.exists(parentFile)
                    ? Texts.quote(s.text()) + " is not a file (it is a folder, a device or a pipe); name a scenario "
                            + "file"
                    : "the file " + Texts.quote(s.text()) + " does not exist (looked for " + parentFile + ")");
        }
        Result<YamlNode> parentRead = reader.read(parentFile);
        if (parentRead.isOk() && !(parentRead.orElseThrow() instanceof YamlMap)) {
            return fail(named, path, Texts.quote(s.text()) + " is not a scenario to build on: it holds "
                    + Texts.shape(parentRead.orElseThrow()) + ", not sections of key: value lines");
        }
        List<Path> longer = new ArrayList<>(chain);
        longer.add(parentId);
        Result<YamlNode> parent = resolve(parentRead, directoryOf(parentFile), longer);
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
