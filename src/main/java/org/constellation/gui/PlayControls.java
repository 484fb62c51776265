package org.constellation.gui;

import java.util.function.Consumer;

/**
 * The Model tab's speed control, a MASON bean: how fast Play goes ({@link PlaySpeed}). (What is
 * happening is on the Console's status line, above every tab.)
 */
public final class PlayControls {

    private PlaySpeed speed = PlaySpeed.DEFAULT;
    private Consumer<PlaySpeed> onSpeed = s -> { };

    void setListener(Consumer<PlaySpeed> speedChange) {
        this.onSpeed = speedChange;
    }

    /** The chosen speed. */
    PlaySpeed speed() {
        return speed;
    }

    public int getSpeed() {
        return speed.ordinal();
    }

    public void setSpeed(int i) {
        if (i >= 0 && i < PlaySpeed.values().length) {
            speed = PlaySpeed.values()[i];
            onSpeed.accept(speed);
        }
    }

    public Object domSpeed() {
        return PlaySpeed.labels();
    }

    public String desSpeed() {
        return "How fast Play goes: one month a second lets a class follow each month; changes at once. "
                + "(The Console tab's Delay slider sets the same thing.)";
    }
}
