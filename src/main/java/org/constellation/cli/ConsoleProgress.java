package org.constellation.cli;

import java.io.PrintWriter;
import org.constellation.experiment.Progress;

/**
 * Shows progress on standard error once work has taken more than a second: a redrawn bar on a
 * terminal, or a line every quarter when output goes to a file or CI log.
 */
final class ConsoleProgress implements Progress {

    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final String unit;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int lastQuarter = -1;
    private boolean shown;

    ConsoleProgress(PrintWriter out, String unit) {
        this.out = out;
        this.unit = unit;
        this.terminal = System.console() != null;
    }

    @Override
    public synchronized void update(long done, long total) {
        long elapsed = System.nanoTime() - start;
        if (elapsed < QUIET_NANOS && done < total) {
            return;
        }
        if (!shown && done >= total) {
            return;
        }
        shown = true;
        double share = total == 0 ? 1 : (double) done / total;
        double rate = done / Math.max(1e-9, elapsed / 1e9);
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        String text = String.format("%d/%d %s (%.0f%%, %.1f/s, ETA %ds)", done, total, unit, share * 100, rate, eta);
        if (terminal) {
            int filled = (int) Math.round(share * WIDTH);
            out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + text + (done >= total ? "\n" : ""));
            out.flush();
        } else {
            int quarter = (int) (share * 4);
            if (quarter != lastQuarter) {
                lastQuarter = quarter;
                out.println(text);
            }
        }
    }
}
