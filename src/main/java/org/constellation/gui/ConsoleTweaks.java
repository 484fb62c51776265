package org.constellation.gui;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JComboBox;
import javax.swing.JTabbedPane;
import sim.display.Console;

/**
 * Two changes to MASON's Console that its API does not offer: open on the Model tab (not About), and
 * count steps (months played, as the status line and the map's legend do) instead of showing the
 * schedule's time, which starts at 0 and so reads one month behind.
 */
final class ConsoleTweaks {

    private ConsoleTweaks() {
    }

    /** Selects the Model tab and sets the time display to "Steps", where the Console has them. */
    static void showModelTabAndStepCount(Console console) {
        JTabbedPane tabs = console.getTabPane();
        int model = tabs.indexOfTab("Model");
        if (model >= 0) {
            tabs.setSelectedIndex(model);
        }
        JComboBox<?> time = find(console.getContentPane());
        if (time != null) {
            time.setSelectedItem("Steps");
        }
    }

    /** The Console's time display chooser: the combo box offering "Steps". */
    private static JComboBox<?> find(Container container) {
        for (Component c : container.getComponents()) {
            if (c instanceof JComboBox<?> box) {
                for (int i = 0; i < box.getItemCount(); i++) {
                    if ("Steps".equals(box.getItemAt(i))) {
                        return box;
                    }
                }
            }
            if (c instanceof Container inner) {
                JComboBox<?> found = find(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
