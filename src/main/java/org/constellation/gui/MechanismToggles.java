package org.constellation.gui;

import java.util.List;
import org.constellation.coordination.MechanismInfo;
import sim.util.Properties;

/**
 * One check box per registered coordination mechanism (except {@code none}, which is what is left
 * when all are off), as MASON properties: named after the registry, described by its summary. A
 * mechanism the scenario configures keeps its members and parameters; one switched on here runs with
 * its defaults (see {@code docs/mechanisms.md}).
 */
final class MechanismToggles extends Properties {

    private static final long serialVersionUID = 1L;

    private final transient RunSettings settings;
    private final transient List<MechanismInfo> mechanisms = RunSettings.toggleable();

    MechanismToggles(RunSettings settings) {
        this.settings = settings;
        this.object = settings;
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return mechanisms.size();
    }

    @Override
    public Object getValue(int index) {
        return settings.mechanism(mechanisms.get(index).name());
    }

    @Override
    public boolean isReadWrite(int index) {
        return true;
    }

    @Override
    public String getName(int index) {
        return mechanisms.get(index).name();
    }

    @Override
    public String getDescription(int index) {
        MechanismInfo m = mechanisms.get(index);
        return "<html><b>" + m.name() + "</b>: " + m.summary() + "<br>" + m.source()
                + "<br>Takes effect at the next play.</html>";
    }

    @Override
    public Class<?> getType(int index) {
        return boolean.class;
    }

    @Override
    protected Object _setValue(int index, Object value) {
        settings.setMechanism(mechanisms.get(index).name(), Boolean.TRUE.equals(value));
        return getValue(index);
    }
}
