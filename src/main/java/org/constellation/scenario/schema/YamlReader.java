package org.constellation.scenario.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Reads one YAML document into a located {@link YamlNode} tree. Every problem, whatever the
 * input bytes, comes back as a located error: malformed YAML, text that is not UTF-8, control
 * characters, tabs in indentation, duplicate or non-text keys, several documents, unsupported
 * tags, and inputs beyond the {@link YamlLimits} (size, nesting, aliases). An empty document reads
 * as an empty scalar at line 1, column 1.
 */
public final class YamlReader {

    private final YamlLimits limits;

    /**
     * @param limits the safety limits to enforce
     */
    public YamlReader(YamlLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @return a reader with {@link YamlLimits#defaults()} */
    public static YamlReader withDefaults() {
        return new YamlReader(YamlLimits.defaults());
    }

    /** @return the limits this reader enforces */
    public YamlLimits limits() {
        return limits;
    }

    /**
     * Reads a file; its display name is the path as given.
     *
     * @param file the file
     * @return the tree, or located errors (a missing or unreadable file is reported at 1:1)
     */
    public Result<YamlNode> read(Path file) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            return fail(source, "this is a folder, not a YAML file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limits.maxBytes() + 1);
            return read(source, bytes);
        } catch (NoSuchFileException e) {
            return fail(source, "the file does not exist");
        } catch (IOException | SecurityException e) {
            return fail(source, "the file cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Reads text given directly, for example a command-line value.
     *
     * @param source the display name used in errors, such as {@code "<command line>"}
     * @param text   the YAML text
     * @return the tree, or located errors
     */
    public Result<YamlNode> read(String source, String text) {
        if (text.length() > limits.maxBytes()) {
            return tooLarge(source);
        }
        TextDecoder.Decoded decoded = TextDecoder.decodeText(source, text);
        return decoded.error() != null ? Result.failure(List.of(decoded.error())) : parse(source, decoded.text());
    }

    /**
     * Reads raw bytes, which must be UTF-8 text.
     *
     * @param source the display name used in errors
     * @param bytes  the content
     * @return the tree, or located errors
     */
    public Result<YamlNode> read(String source, byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            return tooLarge(source);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(source, bytes);
        return decoded.error() != null ? Result.failure(List.of(decoded.error())) : parse(source, decoded.text());
    }

    private Result<YamlNode> parse(String source, String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setUseMarks(true)
                .setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(Math.max(limits.maxAliases(), 1))
                .setCodePointLimit(Math.max(limits.maxBytes(), 1) + 1)
                .build();
        TreeBuilder builder = new TreeBuilder(source, limits);
        ValidationError syntax = runParser(settings, source, text, builder);
        List<ValidationError> tabs = IndentationCheck.tabs(source, text, builder.multiLineScalars());
        List<ValidationError> errors = new ArrayList<>(tabs);
        errors.addAll(builder.errors());
        if (syntax != null && tabs.stream().noneMatch(t -> t.line() == syntax.line())) {
            errors.add(syntax);
        }
        if (!errors.isEmpty()) {
            return Result.failure(errors);
        }
        YamlNode root = builder.root();
        return Result.ok(root != null ? root : YamlScalar.empty(SourceLocation.startOf(source)));
    }

    /** @return the syntax error that stopped the parser, or null */
    private static ValidationError runParser(LoadSettings settings, String source, String text, TreeBuilder builder) {
        try {
            Iterator<Event> events = new Parse(settings).parseString(text).iterator();
            while (events.hasNext() && builder.accept(events.next())) {
                // the builder records everything it needs
            }
            return null;
        } catch (RuntimeException e) {
            return ParserErrors.translate(source, text, e);
        }
    }

    private Result<YamlNode> tooLarge(String source) {
        return fail(source, "the file is too large (more than " + limits.maxBytes()
                + " bytes); is it the right file?");
    }

    private static Result<YamlNode> fail(String source, String message) {
        return Result.failure(List.of(new ValidationError(SourceLocation.startOf(source), "", message)));
    }
}
