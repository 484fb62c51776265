package org.constellation.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constellation.scenario.schema.YamlMap;
import org.constellation.scenario.schema.YamlNode;
import org.constellation.scenario.schema.YamlReader;

/**
 * Edits a scenario's text in place, keeping every comment and line it does not own: sets one actor's
 * entry of the top-level {@code schedules:} section (replacing the entry if there is one, adding the
 * section at the end if there is none), sets a provenance block between marker lines after the file's
 * leading comments, and rewrites the relative paths of {@code extends:} and the editor's schema comment
 * when the file moves to another folder. Applied to its own output it changes nothing.
 */
final class ScheduleText {

    private static final Pattern EXTENDS = Pattern.compile("^extends:\\s*(\\S+)(.*)$");
    private static final Pattern SCHEMA = Pattern.compile("^(# yaml-language-server: \\$schema=)(\\S+)(.*)$");

    private final List<String> lines;
    private final YamlMap root;
    private final String name;

    private ScheduleText(String name, List<String> lines, YamlMap root) {
        this.name = name;
        this.lines = lines;
        this.root = root;
    }

    /** Reads a scenario's text and its structure. */
    static ScheduleText of(String name, String text) throws DataException {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        var read = YamlReader.withDefaults().read(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!read.isOk() || !(read.orElseThrow() instanceof YamlMap map)) {
            throw new DataException(name + ": not a scenario file (a YAML mapping)");
        }
        return new ScheduleText(name, lines, map);
    }

    /** Sets an actor's schedule entry: {@code entry} holds its lines, indented as under {@code schedules:}. */
    ScheduleText schedule(String actor, List<String> entry) throws DataException {
        YamlMap.Entry section = root.entry("schedules").orElse(null);
        if (section == null) {
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                lines.remove(lines.size() - 1);
            }
            lines.add("");
            lines.add("schedules:");
            lines.addAll(entry);
            return reread();
        }
        if (!(section.value() instanceof YamlMap schedules) || isFlow(section)) {
            throw new DataException(name + ":" + section.keyLocation().line() + ": write 'schedules:' in block style "
                    + "(one actor per line below it) so that an import can set one actor's entry");
        }
        int end = endOfTopLevel(section.keyLocation().line());
        YamlMap.Entry own = schedules.entry(actor).orElse(null);
        if (own == null) {
            lines.addAll(trimEnd(section.keyLocation().line(), end), entry);
        } else {
            int from = own.keyLocation().line() - 1;
            int to = trimEnd(from + 1, nextSibling(schedules, own, end));
            replace(from, to, entry);
        }
        return reread();
    }

    /** Sets the block between {@code # >>> marker} and {@code # <<< marker} to the given comment lines. */
    ScheduleText block(String marker, List<String> comment) throws DataException {
        List<String> block = new ArrayList<>();
        block.add("# >>> " + marker);
        block.addAll(comment);
        block.add("# <<< " + marker);
        int start = lines.indexOf("# >>> " + marker);
        int stop = lines.indexOf("# <<< " + marker);
        if (start >= 0 && stop > start) {
            replace(start, stop + 1, block);
        } else {
            int at = 0;
            while (at < lines.size() && lines.get(at).startsWith("#")) {
                at++;
            }
            lines.addAll(at, block);
        }
        return reread();
    }

    /** Rewrites relative paths for a file moving from one folder to another. */
    ScheduleText move(Path fromFolder, Path toFolder) {
        Path from = fromFolder.toAbsolutePath().normalize();
        Path to = toFolder.toAbsolutePath().normalize();
        if (from.equals(to)) {
            return this;
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher e = EXTENDS.matcher(lines.get(i));
            Matcher s = SCHEMA.matcher(lines.get(i));
            if (e.matches()) {
                lines.set(i, "extends: " + relative(from, to, e.group(1)) + e.group(2));
            } else if (s.matches()) {
                lines.set(i, s.group(1) + relative(from, to, s.group(2)) + s.group(3));
            }
        }
        return this;
    }

    private static String relative(Path from, Path to, String path) {
        return to.relativize(from.resolve(path).normalize()).toString().replace('\\', '/');
    }

    /** The text. */
    String text() {
        return String.join("\n", lines) + "\n";
    }

    private ScheduleText reread() throws DataException {
        return of(name, text());
    }

    private boolean isFlow(YamlMap.Entry section) {
        return lines.get(section.keyLocation().line() - 1).matches("^schedules:\\s*[{\\[].*");
    }

    /** The 0-based line after the last line of the top-level key written at 1-based line {@code keyLine}. */
    private int endOfTopLevel(int keyLine) {
        int end = lines.size();
        for (YamlMap.Entry e : root.entries()) {
            int l = e.keyLocation().line();
            if (l > keyLine && l - 1 < end) {
                end = l - 1;
            }
        }
        return end;
    }

    private static int nextSibling(YamlMap map, YamlMap.Entry own, int end) {
        int next = end;
        for (YamlMap.Entry e : map.entries()) {
            int l = e.keyLocation().line() - 1;
            if (l > own.keyLocation().line() - 1 && l < next) {
                next = l;
            }
        }
        return next;
    }

    /** Moves {@code to} back over trailing blank lines and comments indented less than an entry's items. */
    private int trimEnd(int from, int to) {
        int t = to;
        while (t > from && (lines.get(t - 1).isBlank() || lines.get(t - 1).matches("^ {0,3}#.*"))) {
            t--;
        }
        return t;
    }

    private void replace(int from, int to, List<String> with) {
        lines.subList(from, to).clear();
        lines.addAll(from, with);
    }
}
