package org.constellation.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/** Draws a criminal or armed group as a dark red star on its district, growing with its strength. */
final class GroupPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;

    /** The star's outer radius for a strength, as a share of the map's largest district radius. */
    static double relativeRadius(double strength) {
        return Math.min(0.95, 0.3 + 0.25 * Math.sqrt(Math.max(0, strength)));
    }

    private static Shape shape(GroupView v, DrawInfo2D info) {
        double r = relativeRadius(v.getStrength()) * v.region().layout().maxRadius();
        return Shapes.star(info.draw.x, info.draw.y, r * info.draw.width);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Shape s = shape((GroupView) object, info);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Palette.GROUP);
        g.fill(s);
        g.setStroke(info.selected ? Palette.CAPITAL : Palette.OUTLINE);
        g.setPaint(Palette.GROUP_OUTLINE);
        g.draw(s);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return shape((GroupView) object, range).intersects(range.clip);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return "Group: " + wrapper.getObject();
    }
}
