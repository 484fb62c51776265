package org.constellation.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The 3W ("who does what where") ledger: every unit of effort an actor put on an activity type in
 * a district, for the current and the previous step. Metrics read the actor x challenge x district
 * x step cube from here.
 */
public final class Ledger implements Serializable {

    /** One row of the cube: actor, district, activity type, effort. */
    public record Entry(int actor, int district, int activity, double effort) implements Serializable {
    }

    private List<Entry> current = new ArrayList<>();
    private List<Entry> currentView = Collections.unmodifiableList(current);
    private List<Entry> previous = new ArrayList<>();
    private List<Entry> previousView = Collections.unmodifiableList(previous);
    /** Last step's entries per district, refilled at every roll (the views are made once). */
    private final List<List<Entry>> previousByDistrict = new ArrayList<>();
    private final List<List<Entry>> previousByDistrictViews = new ArrayList<>();

    public Ledger(int districts) {
        for (int d = 0; d < districts; d++) {
            previousByDistrict.add(new ArrayList<>());
            previousByDistrictViews.add(Collections.unmodifiableList(previousByDistrict.get(d)));
        }
    }

    /** Starts a new step: the current entries become the previous ones. */
    public void roll() {
        previous = current;
        previousView = currentView;
        current = new ArrayList<>();
        currentView = Collections.unmodifiableList(current);
        for (List<Entry> inDistrict : previousByDistrict) {
            inDistrict.clear();
        }
        for (Entry e : previous) {
            previousByDistrict.get(e.district()).add(e);
        }
    }

    /** Records effort. */
    public void record(int actor, int district, int activity, double effort) {
        if (effort > 0) {
            current.add(new Entry(actor, district, activity, effort));
        }
    }

    /** This step's entries, in the order they were recorded. */
    public List<Entry> current() {
        return currentView;
    }

    /** Last step's entries. */
    public List<Entry> previous() {
        return previousView;
    }

    /** Last step's entries in one district (a view, until the next roll). */
    public List<Entry> previousIn(int district) {
        return previousByDistrictViews.get(district);
    }
}
