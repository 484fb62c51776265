package org.constellation.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.function.IntSupplier;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/** Draws a group's recent move as an arrow between districts, fading over {@link RegionView#MOVE_MEMORY} steps. */
final class MoveEdgePortrayal extends SimpleEdgePortrayal2D {

    private static final long serialVersionUID = 1L;

    private final transient IntSupplier step;

    /** @param step the model's current step, to fade older moves */
    MoveEdgePortrayal(IntSupplier step) {
        this.step = step;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        RegionView.GroupMove move = (RegionView.GroupMove) ((Edge) object).getInfo();
        int age = Math.max(0, step.getAsInt() - move.step());
        int alpha = (int) Math.round(255 * (1 - age / (double) (RegionView.MOVE_MEMORY + 1)));
        Color c = Palette.MOVE;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(40, alpha)));
        float width = (float) Math.max(2, 0.45 * info.draw.width);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double dx = e.secondPoint.x - e.draw.x;
        double dy = e.secondPoint.y - e.draw.y;
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double tipX = e.secondPoint.x - ux * length * 0.18;
        double tipY = e.secondPoint.y - uy * length * 0.18;
        double startX = e.draw.x + ux * length * 0.18;
        double startY = e.draw.y + uy * length * 0.18;
        g.draw(new Line2D.Double(startX, startY, tipX, tipY));
        double head = Math.max(8, 1.8 * info.draw.width);
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(tipX, tipY);
        arrow.lineTo(tipX - ux * head - uy * head * 0.55, tipY - uy * head + ux * head * 0.55);
        arrow.lineTo(tipX - ux * head + uy * head * 0.55, tipY - uy * head - ux * head * 0.55);
        arrow.closePath();
        g.fill(arrow);
    }

    /** Edges are not selectable: a click on the map means the district, actor or group under it. */
    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
