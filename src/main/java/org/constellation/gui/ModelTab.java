package org.constellation.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JPanel;
import javax.swing.Scrollable;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The Console's Model tab: the {@link ModelControls} in titled groups, one page, every slider and check
 * box in view (MASON's own inspector pages lists longer than 25 behind a "Go to" field). Volatile, so
 * the Console refreshes it after each step and at each pause: the status row follows the run.
 */
final class ModelTab extends Inspector implements Scrollable {

    private static final long serialVersionUID = 1L;

    private final transient List<SimpleInspector> groups = new ArrayList<>();
    private final transient Runnable onUpdate;

    /** The tab over the controls; {@code onUpdate} runs at each refresh (the status line follows it). */
    ModelTab(ModelControls controls, GUIState gui, Runnable onUpdate) {
        this.onUpdate = onUpdate;
        super.setLayout(new BorderLayout());
        Box box = Box.createVerticalBox();
        for (ModelControls.Group g : controls.groups()) {
            SimpleInspector inspector = new SimpleInspector(g.properties(), gui, null,
                    g.properties().numProperties() + 1);
            JPanel panel = new JPanel(new BorderLayout());
            panel.setBorder(BorderFactory.createTitledBorder(g.title()));
            panel.add(inspector, BorderLayout.CENTER);
            box.add(panel);
            groups.add(inspector);
        }
        super.add(box, BorderLayout.NORTH);
        setVolatile(true);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 20;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return visible.height - 20;
    }

    /** As wide as the Console: long values are cut short (their tool tips say them) rather than scrolled to. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }

    /** The groups' inspectors, in order (for tests). */
    List<SimpleInspector> groups() {
        return groups;
    }

    @Override
    public void updateInspector() {
        groups.forEach(SimpleInspector::updateInspector);
        onUpdate.run();
    }
}
