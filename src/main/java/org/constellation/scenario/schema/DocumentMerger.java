package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Deep merge of a child document over a parent, as done for {@code extends}. The rule:
 * <ul>
 *   <li>where both hold a section (mapping), the sections merge key by key: keys only in the
 *       parent are kept, keys only in the child are added, keys in both are merged by this same
 *       rule; the parent's key order comes first, then the child's new keys;</li>
 *   <li>everywhere else the child's value replaces the parent's whole: lists are replaced, not
 *       concatenated, and scalars are replaced (an empty value in the child replaces too, and is
 *       then reported by the validator if it is not allowed);</li>
 *   <li>an empty (or null) child document leaves the parent unchanged.</li>
 * </ul>
 * Nodes keep their own source locations, so errors in the merged document still name the file
 * and line each value came from.
 */
public final class DocumentMerger {

    private DocumentMerger() {
    }

    /**
     * @param parent the document being extended
     * @param child  the document that extends it
     * @return the merged document
     */
    public static YamlNode merge(YamlNode parent, YamlNode child) {
        if (child instanceof YamlScalar s && s.kind() == YamlScalar.Kind.NULL) {
            return parent;
        }
        return mergeNodes(parent, child);
    }

    private static YamlNode mergeNodes(YamlNode parent, YamlNode child) {
        if (!(parent instanceof YamlMap p) || !(child instanceof YamlMap c)) {
            return child;
        }
        List<YamlMap.Entry> merged = new ArrayList<>(p.size() + c.size());
        for (YamlMap.Entry pe : p.entries()) {
            merged.add(c.entry(pe.key())
                    .map(ce -> new YamlMap.Entry(ce.key(), ce.keyLocation(), mergeNodes(pe.value(), ce.value())))
                    .orElse(pe));
        }
        for (YamlMap.Entry ce : c.entries()) {
            if (!p.keys().contains(ce.key())) {
                merged.add(ce);
            }
        }
        return new YamlMap(merged, c.location());
    }
}
