package org.constellation.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws an adjacency edge: a plain grey line between districts of one country, a dashed orange line
 * where the edge crosses a border (spill-over and armed groups cross there too).
 */
final class AdjacencyEdgePortrayal extends SimpleEdgePortrayal2D {

    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        boolean crossesBorder = Boolean.TRUE.equals(((Edge) object).getInfo());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(crossesBorder ? Palette.BORDER_STROKE : Palette.EDGE_STROKE);
        g.setPaint(crossesBorder ? Palette.BORDER_EDGE : Palette.EDGE);
        g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
    }

    /** Edges are not selectable: a click on the map means the district, actor or group under it. */
    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
