package org.constellation.scenario.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Builds a {@link YamlNode} tree from parser events without recursion, enforcing the limits of
 * {@link YamlLimits} and the rules on keys, documents and aliases.
 */
final class TreeBuilder {

    private static final String MAP_TAG = Tag.MAP.getValue();
    private static final String SEQ_TAG = Tag.SEQ.getValue();

    private final String source;
    private final YamlLimits limits;
    private final ScalarTyping typing = new ScalarTyping();
    private final List<ValidationError> errors = new ArrayList<>();
    private final List<int[]> multiLineScalars = new ArrayList<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Sized> anchors = new HashMap<>();
    private YamlNode root;
    private long nodes;
    private int aliases;
    private int documents;

    private record Sized(YamlNode node, long size) {
    }

    TreeBuilder(String source, YamlLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    List<ValidationError> errors() {
        return errors;
    }

    /** Line ranges {first, last} of lines that lie inside multi-line scalars (not indentation). */
    List<int[]> multiLineScalars() {
        return multiLineScalars;
    }

    /** @return the tree, or null if the stream held no document or something failed */
    YamlNode root() {
        return errors.isEmpty() ? root : null;
    }

    /**
     * Takes one event.
     *
     * @return false if reading must stop (a fatal error was recorded)
     */
    boolean accept(Event event) {
        switch (event.getEventId()) {
            case DocumentStart:
                if (++documents > 1) {
                    return fatal(event.getStartMark(), "the file holds more than one YAML document"
                            + " (a second '---' line); keep one document per file");
                }
                return true;
            case MappingStart:
            case SequenceStart:
                return startCollection((CollectionStartEvent) event);
            case MappingEnd:
            case SequenceEnd:
                Frame done = stack.pop();
                YamlNode built = done.build();
                if (done.anchor != null) {
                    anchors.put(done.anchor, new Sized(built, done.size));
                }
                return deliver(built, done.size);
            case Scalar:
                return scalar((ScalarEvent) event);
            case Alias:
                return alias((AliasEvent) event);
            default:
                return true;
        }
    }

    private boolean startCollection(CollectionStartEvent event) {
        if (stack.size() >= limits.maxDepth()) {
            return fatal(event.getStartMark(), "the nesting is too deep (more than "
                    + limits.maxDepth() + " levels of lists and sections)");
        }
        SourceLocation at = locate(event.getStartMark());
        boolean mapping = event.getEventId() == Event.ID.MappingStart;
        event.getTag().ifPresent(tag -> {
            if (!tag.equals(mapping ? MAP_TAG : SEQ_TAG)) {
                errors.add(new ValidationError(at, "", "the tag " + Texts.quote(ScalarTyping.shortTag(tag))
                        + " is not supported; remove it"));
            }
        });
        String anchor = event.getAnchor().map(Anchor::getValue).orElse(null);
        stack.push(mapping ? new Frame.MapFrame(at, anchor, errors) : new Frame.ListFrame(at, anchor));
        return countNodes(1, event.getStartMark());
    }

    private boolean scalar(ScalarEvent event) {
        SourceLocation at = locate(event.getStartMark());
        int first = at.line();
        int last = event.getEndMark().map(m -> m.getColumn() == 0 ? m.getLine() : m.getLine() + 1).orElse(first);
        if (last > first) {
            multiLineScalars.add(new int[] {first + 1, last});
        }
        ScalarTyping.Typed typed = typing.type(event, at);
        if (typed.tagError() != null) {
            errors.add(new ValidationError(at, "", typed.tagError()));
        }
        if (!countNodes(1, event.getStartMark())) {
            return false;
        }
        event.getAnchor().ifPresent(a -> anchors.put(a.getValue(), new Sized(typed.scalar(), 1)));
        return deliver(typed.scalar(), 1);
    }

    private boolean alias(AliasEvent event) {
        String anchor = event.getAlias().getValue();
        String name = Texts.shorten(anchor);
        if (++aliases > limits.maxAliases()) {
            return fatal(event.getStartMark(), "too many aliases (*" + name + "); at most "
                    + limits.maxAliases() + " are allowed in one file");
        }
        Sized target = anchors.get(anchor);
        if (target == null) {
            boolean open = stack.stream().anyMatch(f -> anchor.equals(f.anchor));
            return fatal(event.getStartMark(), open
                    ? "the alias *" + name + " refers to a section that contains it; recursive aliases are not allowed"
                    : "the alias *" + name + " refers to no anchor &" + name + " defined before it");
        }
        if (!countNodes(target.size(), event.getStartMark())) {
            return false;
        }
        return deliver(target.node(), target.size());
    }

    private boolean countNodes(long count, Optional<Mark> mark) {
        nodes += count;
        if (nodes > limits.maxNodes()) {
            return fatal(mark, "the file expands to more than " + limits.maxNodes()
                    + " values (are aliases repeating each other?)");
        }
        return true;
    }

    private boolean deliver(YamlNode node, long size) {
        if (stack.isEmpty()) {
            root = node;
        } else {
            Frame parent = stack.peek();
            parent.size += size;
            parent.add(node);
        }
        return true;
    }

    boolean fatal(Optional<Mark> mark, String message) {
        errors.add(new ValidationError(locate(mark), "", message));
        return false;
    }

    SourceLocation locate(Optional<Mark> mark) {
        return mark.map(m -> new SourceLocation(source, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourceLocation.startOf(source));
    }
}
