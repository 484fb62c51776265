package org.constellation.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.constellation.experiment.Progress;

/**
 * The progress of a run (its steps) or a sweep (its runs) on standard error, drawn by the progressbar
 * library once the work has taken more than a second: on a terminal, a bar redrawn in place; in a file
 * or a CI log, a plain line at most every {@value #LOG_INTERVAL_MILLIS} ms (no carriage returns, no
 * colours). The rate and the time left count only the work this command does after the bar first
 * appears: what was done before (the runs a resumed sweep had recorded, its first second) is left out.
 */
final class RunProgress implements Progress {

    private static final long QUIET_MILLIS = 1000;
    private static final int TERMINAL_INTERVAL_MILLIS = 500;
    private static final int LOG_INTERVAL_MILLIS = 10_000;
    private static final int LOG_WIDTH = 100;

    private final PrintWriter out;
    private final String task;
    private final String unit;
    private final boolean terminal;
    private final long quietNanos;
    private final int intervalMillis;
    private long startNanos = -1;
    private ProgressBar bar;
    private boolean closed;

    RunProgress(PrintWriter out, String task, String unit, boolean terminal, long quietMillis, int intervalMillis) {
        this.out = out;
        this.task = task;
        this.unit = unit;
        this.terminal = terminal;
        this.quietNanos = quietMillis * 1_000_000;
        this.intervalMillis = intervalMillis;
    }

    /** Progress of {@code task}, counted in {@code unit}, on {@code out}: a bar on a terminal, lines elsewhere. */
    static RunProgress of(PrintWriter out, String task, String unit) {
        boolean terminal = System.console() != null;
        return new RunProgress(out, task, unit, terminal, QUIET_MILLIS, terminal ? TERMINAL_INTERVAL_MILLIS
                : LOG_INTERVAL_MILLIS);
    }

    @Override
    public synchronized void update(long done, long total) {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        if (startNanos < 0) {
            startNanos = now;
        }
        if (bar == null && done < total && now - startNanos >= quietNanos) {
            bar = build(done, total, Duration.ofNanos(now - startNanos));
        }
        if (bar != null) {
            bar.maxHint(total);
            bar.stepTo(done);
        }
        if (done >= total) {
            close();
        }
    }

    private ProgressBar build(long done, long total, Duration elapsed) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total).startsFrom(done, elapsed)
                .setUnit(" " + unit, 1)
                .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(intervalMillis).setConsumer(consumer())
                .build();
    }

    private ProgressBarConsumer consumer() {
        if (!terminal) {
            String[] last = {""};
            return new DelegatingProgressBarConsumer(line -> {
                if (!line.equals(last[0])) {
                    out.println(line);
                    out.flush();
                    last[0] = line;
                }
            }, LOG_WIDTH);
        }
        return new DelegatingProgressBarConsumer(line -> {
            out.print('\r' + line);
            out.flush();
        });
    }

    /** Draws the final state (if anything was shown) and stops. */
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (bar != null) {
            bar.close();
            if (terminal) {
                out.println();
            }
        }
    }
}
