package org.constellation.model.world;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.constellation.model.Institution;

/** A host country: its districts and its institutions. */
public final class Country implements Serializable {

    private final int index;
    private final String id;
    private final String name;
    private final List<District> districts = new ArrayList<>();
    private final List<District> districtsView = Collections.unmodifiableList(districts);
    private final InstitutionState[] institutions = new InstitutionState[Institution.COUNT];

    public Country(int index, String id, String name) {
        this.index = index;
        this.id = id;
        this.name = name;
    }

    /** Position in the region's country list. */
    public int index() {
        return index;
    }

    /** Unique id. */
    public String id() {
        return id;
    }

    /** Display name. */
    public String name() {
        return name;
    }

    /** Its districts, in region order. */
    public List<District> districts() {
        return districtsView;
    }

    void addDistrict(District d) {
        districts.add(d);
    }

    /** The state of one institution. */
    public InstitutionState institution(Institution institution) {
        return institutions[institution.ordinal()];
    }

    /** Sets the state of one institution (while building the world). */
    public void setInstitution(InstitutionState state) {
        institutions[state.institution().ordinal()] = state;
    }

    /** The capital district, or the first district if none is marked. */
    public District capital() {
        return districts.stream().filter(District::isCapital).findFirst().orElse(districts.get(0));
    }

    @Override
    public String toString() {
        return id;
    }
}
