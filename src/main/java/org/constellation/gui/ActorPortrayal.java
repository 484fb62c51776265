package org.constellation.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws an actor's marker beside a district: the shape and colour of its type, filled if it worked in
 * that district this step, hollow if it is present but did nothing there.
 */
final class ActorPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        ActorView v = (ActorView) object;
        Shape s = shape(v, info);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(v.isWorkingHere() ? Palette.of(v.actor().type()) : Palette.IDLE);
        g.fill(s);
        g.setStroke(new BasicStroke(info.selected ? 3f : 1.6f));
        g.setPaint(info.selected ? Palette.LABEL : Palette.of(v.actor().type()));
        g.draw(s);
    }

    private static Shape shape(ActorView v, DrawInfo2D info) {
        double size = v.region().layout().markerSize() * info.draw.width;
        return Shapes.actor(v.actor().type(), info.draw.x, info.draw.y, size);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return shape((ActorView) object, range).intersects(range.clip);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return "Actor: " + wrapper.getObject();
    }
}
