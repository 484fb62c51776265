package org.constellation.gui;

import java.util.List;
import sim.util.Properties;

/** Several MASON {@link Properties} shown as one list, in order (the Model tab's settings, then toggles). */
final class CombinedProperties extends Properties {

    private static final long serialVersionUID = 1L;

    private final transient List<Properties> parts;

    CombinedProperties(Object owner, List<Properties> parts) {
        this.object = owner;
        this.parts = List.copyOf(parts);
    }

    private Properties part(int index) {
        int i = index;
        for (Properties p : parts) {
            if (i < p.numProperties()) {
                return p;
            }
            i -= p.numProperties();
        }
        throw new IndexOutOfBoundsException("No property " + index);
    }

    private int local(int index) {
        int i = index;
        for (Properties p : parts) {
            if (i < p.numProperties()) {
                return i;
            }
            i -= p.numProperties();
        }
        throw new IndexOutOfBoundsException("No property " + index);
    }

    @Override
    public boolean isVolatile() {
        return parts.stream().anyMatch(Properties::isVolatile);
    }

    @Override
    public int numProperties() {
        return parts.stream().mapToInt(Properties::numProperties).sum();
    }

    @Override
    public Object getValue(int index) {
        return part(index).getValue(local(index));
    }

    @Override
    public Object getDomain(int index) {
        return part(index).getDomain(local(index));
    }

    @Override
    public String getDescription(int index) {
        return part(index).getDescription(local(index));
    }

    @Override
    public boolean isHidden(int index) {
        return part(index).isHidden(local(index));
    }

    @Override
    public boolean isReadWrite(int index) {
        return part(index).isReadWrite(local(index));
    }

    @Override
    public String getName(int index) {
        return part(index).getName(local(index));
    }

    @Override
    public Class<?> getType(int index) {
        return part(index).getType(local(index));
    }

    @Override
    protected Object _setValue(int index, Object value) {
        return part(index).setValue(local(index), value);
    }
}
