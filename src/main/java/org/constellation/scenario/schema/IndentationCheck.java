package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds tab characters in the indentation of lines. YAML forbids them, and they are the most
 * common invisible mistake in hand-edited files. Lines inside multi-line scalars (block text)
 * are content, not indentation, and are skipped.
 */
final class IndentationCheck {

    private IndentationCheck() {
    }

    static List<ValidationError> tabs(String source, String text, List<int[]> contentLines) {
        List<ValidationError> errors = new ArrayList<>();
        int line = 1;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int tab = tabInIndentation(text, start, end);
            if (tab >= 0 && !inside(contentLines, line)) {
                errors.add(new ValidationError(new SourceLocation(source, line, tab - start + 1), "",
                        "a tab character is used for indentation; YAML needs spaces (replace the tab with spaces)"));
            }
            if (end >= n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
            line++;
        }
        return errors;
    }

    /** @return the index of the first tab among the leading blanks of a non-blank line, or -1 */
    private static int tabInIndentation(String text, int start, int end) {
        int firstTab = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                if (firstTab < 0) {
                    firstTab = i;
                }
            } else if (c != ' ') {
                return firstTab;
            }
        }
        return -1;
    }

    private static boolean inside(List<int[]> ranges, int line) {
        for (int[] r : ranges) {
            if (line >= r[0] && line <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
