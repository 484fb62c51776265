package org.constellation.gui;

import java.util.ArrayList;
import java.util.List;
import sim.util.Properties;

/** Some of a bean's MASON properties, by name, in the order given (one group of the Model tab). */
final class PropertySubset extends Properties {

    private static final long serialVersionUID = 1L;

    private final transient Properties all;
    private final int[] chosen;

    /**
     * The named properties of {@code all}.
     *
     * @throws IllegalArgumentException if a name is not a property of {@code all}
     */
    PropertySubset(Properties all, List<String> names) {
        this.all = all;
        this.object = all.getObject();
        List<String> present = new ArrayList<>();
        for (int i = 0; i < all.numProperties(); i++) {
            present.add(all.getName(i));
        }
        chosen = new int[names.size()];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = present.indexOf(names.get(i));
            if (chosen[i] < 0) {
                throw new IllegalArgumentException("no property '" + names.get(i) + "'; there are " + present);
            }
        }
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return chosen.length;
    }

    @Override
    public Object getValue(int index) {
        return all.getValue(chosen[index]);
    }

    @Override
    public Object getDomain(int index) {
        return all.getDomain(chosen[index]);
    }

    @Override
    public String getDescription(int index) {
        return all.getDescription(chosen[index]);
    }

    @Override
    public boolean isHidden(int index) {
        return all.isHidden(chosen[index]);
    }

    @Override
    public boolean isReadWrite(int index) {
        return all.isReadWrite(chosen[index]);
    }

    @Override
    public String getName(int index) {
        return all.getName(chosen[index]);
    }

    @Override
    public Class<?> getType(int index) {
        return all.getType(chosen[index]);
    }

    @Override
    protected Object _setValue(int index, Object value) {
        return all.setValue(chosen[index], value);
    }
}
