package org.constellation.gui;

/**
 * The status line: what the GUI is doing, in words, from the Console's play state, the months played
 * and the scenario's length, and whether settings changed since the model was built.
 *
 * @param play what the Console is doing
 * @param months months played so far (the schedule's steps)
 * @param scenarioMonths the scenario's length (its {@code steps}), where the GUI pauses
 * @param started whether a run has started since the GUI opened or the scenario changed
 * @param changed settings changed since the model was built (they apply at the next start)
 */
record RunStatus(Play play, long months, int scenarioMonths, boolean started, boolean changed) {

    /** The Console's play state. */
    enum Play {
        STOPPED, PLAYING, PAUSED;

        /** From MASON's Console constants (0 stopped, 1 playing, 2 paused). */
        static Play of(int consoleState) {
            return consoleState == 1 ? PLAYING : consoleState == 2 ? PAUSED : STOPPED;
        }
    }

    /** The status in words. */
    String text() {
        String text = switch (play) {
            case PLAYING -> months <= scenarioMonths ? "Running: month " + months + " of " + scenarioMonths + "."
                    : "Running past the scenario's end: month " + months + " (it has " + scenarioMonths + ").";
            case PAUSED -> paused();
            case STOPPED -> started ? "Stopped after month " + months + ". Press Play to start again from month 1."
                    : "Ready: press Play to run the scenario's " + scenarioMonths + " months.";
        };
        if (!changed) {
            return text;
        }
        return text + (play == Play.STOPPED ? " Changed settings apply when you press Play."
                : " Changed settings apply after Stop, then Play.");
    }

    private String paused() {
        if (months == scenarioMonths) {
            return "Finished the scenario's " + scenarioMonths + " months (paused). Press Pause again to carry on "
                    + "past the end, or Stop.";
        }
        String where = months < scenarioMonths ? "month " + months + " of " + scenarioMonths
                : "month " + months + ", past the scenario's end";
        return "Paused at " + where + ". Press Pause again to carry on, or Play for one more month.";
    }
}
