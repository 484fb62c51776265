package org.constellation.gui;

import java.util.List;
import org.constellation.model.params.ParameterDescriptor;
import org.constellation.model.params.Parameters;
import sim.util.Interval;
import sim.util.Properties;

/**
 * Sliders in the Model tab for the global parameters a class is most likely to question (how much
 * doing the same thing twice wastes, how much staff rotation costs, how visible others' work is, how
 * groups react to enforcement, how much harm costs trust), each with its description, unit and source
 * from {@code docs/parameters.md}. The slider ranges are classroom ranges inside each parameter's
 * valid range. Values start at the scenario's and take effect at the next play.
 */
final class ParameterSliders extends Properties {

    private static final long serialVersionUID = 1L;

    /**
     * A parameter on a slider.
     *
     * @param key its key in the catalogue
     * @param low slider minimum
     * @param high slider maximum
     */
    record Slider(String key, double low, double high) {
    }

    /** The parameters shown, with their classroom ranges. */
    static final List<Slider> SLIDERS = List.of(new Slider("effects.saturation", 0.5, 10),
            new Slider("beliefs.activity_visibility", 0, 1), new Slider("beliefs.rotation_loss", 0, 1),
            new Slider("relations.rotation_loss", 0, 1), new Slider("relations.joint_work_gain", 0, 0.2),
            new Slider("planning.anticipation", 0, 3), new Slider("groups.enforcement_aversion", 0, 10),
            new Slider("trust.harm_weight", 0, 60), new Slider("metrics.gap_threshold", 0.1, 0.6));

    private final transient RunSettings settings;

    ParameterSliders(RunSettings settings) {
        this.settings = settings;
        this.object = settings;
    }

    private static ParameterDescriptor descriptor(int index) {
        return Parameters.find(SLIDERS.get(index).key());
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return SLIDERS.size();
    }

    @Override
    public Object getValue(int index) {
        return settings.parameter(SLIDERS.get(index).key());
    }

    @Override
    public Object getDomain(int index) {
        return new Interval(SLIDERS.get(index).low(), SLIDERS.get(index).high());
    }

    @Override
    public boolean isReadWrite(int index) {
        return true;
    }

    @Override
    public String getName(int index) {
        return SLIDERS.get(index).key();
    }

    @Override
    public String getDescription(int index) {
        ParameterDescriptor d = descriptor(index);
        return "<html><b>" + d.key() + "</b> (" + d.unit() + ", default " + ParameterDescriptor.format(d.defaultValue())
                + "): " + d.description() + "<br>Source: " + d.source() + "<br>Takes effect at the next play.</html>";
    }

    @Override
    public Class<?> getType(int index) {
        return double.class;
    }

    @Override
    protected Object _setValue(int index, Object value) {
        if (value instanceof Number n) {
            Slider s = SLIDERS.get(index);
            settings.setParameter(s.key(), Math.max(s.low(), Math.min(s.high(), n.doubleValue())));
        }
        return getValue(index);
    }
}
