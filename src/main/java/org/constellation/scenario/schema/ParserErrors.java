package org.constellation.scenario.schema;

import java.util.Locale;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;

/** Turns exceptions thrown by the YAML parser into located errors with plain-language hints. */
final class ParserErrors {

    private ParserErrors() {
    }

    static ValidationError translate(String source, String text, RuntimeException e) {
        if (e instanceof MarkedYamlEngineException marked) {
            Mark mark = marked.getProblemMark().or(marked::getContextMark).orElse(null);
            SourceLocation at = mark == null ? SourceLocation.startOf(source)
                    : new SourceLocation(source, mark.getLine() + 1, mark.getColumn() + 1);
            String problem = clean(marked.getProblem());
            String context = marked.getContext() == null ? "" : " (" + clean(marked.getContext()) + ")";
            return new ValidationError(at, "", "invalid YAML: " + problem + context + hint(problem));
        }
        if (e instanceof ReaderException reader) {
            return new ValidationError(locate(source, text, reader.getPosition()), "",
                    String.format("the file contains the character U+%04X, which YAML does not allow",
                            reader.getCodePoint()));
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : clean(e.getMessage());
        return new ValidationError(SourceLocation.startOf(source), "", "the YAML cannot be read: " + message);
    }

    private static String clean(String s) {
        String oneLine = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }

    private static String hint(String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        if (p.contains("mapping values are not allowed")) {
            return "; check the indentation, or put a value that contains ': ' in quotes";
        }
        if (p.contains("could not find expected ':'")) {
            return "; each line of a section needs 'key: value' (with a space after the ':')";
        }
        if (p.contains("expected <block end>")) {
            return "; check that items of the same list or section are indented alike";
        }
        if (p.contains("found undefined alias") || p.contains("anchor")) {
            return "; '&' and '*' start anchors and aliases: put such values in quotes";
        }
        if (p.contains("cannot start any token")) {
            return "; put the value in quotes";
        }
        return "";
    }

    /** Line and column of a code point position in the text. */
    private static SourceLocation locate(String source, String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePointIndex; seen++) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(cp);
        }
        return new SourceLocation(source, line, column);
    }
}
