package org.constellation.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import sim.display.Console;

/**
 * A line at the top of the Console saying what is happening ({@link RunStatus}), whichever tab is open,
 * wrapped to the Console's width. Refreshed on the Swing thread after each month, at each start, pause
 * and stop, and when settings change.
 */
final class StatusLine {

    private final JTextArea area = new JTextArea(" ");
    private Supplier<String> text = () -> " ";

    /** Puts the line at the top of a Console, showing the given text. */
    void attach(Console console, Supplier<String> source) {
        this.text = source;
        area.setEditable(false);
        area.setFocusable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setFont(UIManager.getFont("Label.font"));
        area.setBackground(new Color(0xFFF8DC));
        area.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, Color.GRAY),
                BorderFactory.createEmptyBorder(6, 8, 6, 8)));
        console.getContentPane().add(area, BorderLayout.NORTH);
        console.getContentPane().revalidate();
        refresh();
    }

    /** Shows the current text (call on the Swing thread). */
    void refresh() {
        String now = text.get();
        if (!now.equals(area.getText())) {
            area.setText(now);
            area.revalidate();
        }
    }

    /** The text shown. */
    String text() {
        return area.getText();
    }
}
