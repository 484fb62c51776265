package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Progress in a log is plain lines, and its rate and time left count only the work this command
 * does: runs a resumed sweep had already recorded are not in them.
 */
class RunProgressTest {

    private static final Pattern LINE = Pattern.compile(
            "sweep +\\d+% \\[[= >]*\\] +(\\d+)/100 runs \\((\\d+):(\\d\\d):(\\d\\d) / (\\?|(\\d+):(\\d\\d):(\\d\\d))\\) "
                    + "(\\?|[\\d.]+) runs/s");

    @Test
    void inALogEachUpdateIsAPlainLineAndResumedRunsDoNotCountTowardsTheRate() throws Exception {
        StringWriter log = new StringWriter();
        RunProgress progress = new RunProgress(new PrintWriter(log, true), "sweep", "runs", false, 0, 100);
        progress.update(90, 100);
        Thread.sleep(1300);
        progress.update(91, 100);
        progress.update(92, 100);
        Thread.sleep(1000);
        String beforeEnd = log.toString();
        progress.update(100, 100);
        String text = log.toString();
        assertThat(text).doesNotContain("\r").doesNotContain("\u001b");
        List<String> lines = text.strip().lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(100).matches(LINE));
        assertThat(lines.get(lines.size() - 1)).contains("100/100 runs");
        List<String> midway = beforeEnd.strip().lines().filter(l -> l.contains(" 92/100 ")).toList();
        assertThat(midway).as(beforeEnd).isNotEmpty();
        Matcher m = LINE.matcher(midway.get(midway.size() - 1));
        assertThat(m.matches()).isTrue();
        double rate = Double.parseDouble(m.group(9));
        assertThat(rate).as("runs per second from the 2 runs done now, not the 92 recorded").isLessThan(10);
        long eta = Long.parseLong(m.group(6)) * 3600 + Long.parseLong(m.group(7)) * 60 + Long.parseLong(m.group(8));
        assertThat(eta).as("seconds left for 8 runs at this command's pace").isGreaterThanOrEqualTo(3);
    }

    @Test
    void workThatEndsWithinTheQuietSecondPrintsNothing() {
        StringWriter log = new StringWriter();
        RunProgress progress = new RunProgress(new PrintWriter(log, true), "run", "steps", false, 1000, 100);
        for (int step = 1; step <= 12; step++) {
            progress.update(step, 12);
        }
        assertThat(log.toString()).isEmpty();
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndsWithANewLine() {
        StringWriter screen = new StringWriter();
        RunProgress progress = new RunProgress(new PrintWriter(screen, true), "run", "steps", true, 0, 100);
        progress.update(1, 4);
        progress.update(4, 4);
        assertThat(screen.toString()).startsWith("\r").endsWith(System.lineSeparator()).contains("4/4 steps");
    }
}
