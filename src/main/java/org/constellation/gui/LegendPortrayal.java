package org.constellation.gui;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.constellation.model.ActorType;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The map's legend, drawn in the strip to the right of the map (its field is the {@link RegionView}):
 * the current step, what the district colours mean, the edges, the actor markers, groups and moves.
 * Being a layer of the display, it appears in snapshots and can be hidden from the Layers menu.
 */
final class LegendPortrayal extends FieldPortrayal2D {

    private static final String[][] TYPES = {
        {"MISSION", "peace operation"}, {"UNCT_AGENCY", "UN agency"}, {"DONOR", "donor"},
        {"HOST_GOVERNMENT", "host government"}, {"CIVIL_SOCIETY", "civil society"}};

    private final ViewOptions options;

    LegendPortrayal(ViewOptions options) {
        this.options = options;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        if (!(object instanceof RegionView region)) {
            return;
        }
        double scale = info.draw.width / MapLayout.WIDTH;
        Pen pen = new Pen(g, info.draw.x + MapLayout.MAP_WIDTH * scale + 6, info.draw.y + 6,
                (MapLayout.WIDTH - MapLayout.MAP_WIDTH) * scale - 12, Math.max(9f, Math.min(14f, (float) (1.3 * scale))));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Palette.LEGEND_BACKGROUND);
        g.fill(new Rectangle2D.Double(pen.left - 4, pen.top - 4, pen.width + 8, info.draw.height - 4));
        pen.bold("Month " + (region.model().step() + 1));
        pen.text(options.colourBy().label() + (options.colourBy() == ColourBy.NEED
                ? ": " + options.challenge().label() : ""));
        pen.ramp(options.colourBy());
        pen.text("Disc size: population. Thick ring: capital.");
        pen.line(false, "neighbouring districts");
        pen.line(true, "across a border");
        for (String[] t : TYPES) {
            pen.marker(ActorType.valueOf(t[0]), t[1]);
        }
        pen.text("Filled: worked in that district this month. Hollow: present, idle.");
        pen.star("armed or criminal group (size: strength)");
        pen.arrow("a group's move (last " + RegionView.MOVE_MEMORY + " months)");
    }

    /** Writes legend rows top to bottom. */
    private static final class Pen {
        private final Graphics2D g;
        private final double left;
        private final double top;
        private final double width;
        private final float size;
        private double y;

        Pen(Graphics2D g, double left, double top, double width, float size) {
            this.g = g;
            this.left = left;
            this.top = top;
            this.width = width;
            this.size = size;
            this.y = top;
        }

        void bold(String s) {
            g.setFont(g.getFont().deriveFont(Font.BOLD, size * 1.1f));
            write(s, left);
        }

        void text(String s) {
            g.setFont(g.getFont().deriveFont(Font.PLAIN, size));
            write(s, left);
        }

        private void write(String s, double x) {
            FontMetrics fm = g.getFontMetrics();
            g.setPaint(Palette.LABEL);
            for (String line : wrap(s, fm, width - (x - left))) {
                y += fm.getAscent();
                g.drawString(line, (float) x, (float) y);
                y += fm.getDescent() + 1;
            }
            y += size * 0.3;
        }

        private static List<String> wrap(String s, FontMetrics fm, double max) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : s.split(" ")) {
                String next = line.length() == 0 ? word : line + " " + word;
                if (fm.stringWidth(next) > max && line.length() > 0) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(next);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        void ramp(ColourBy mode) {
            double h = size * 1.1;
            g.setPaint(new GradientPaint((float) left, 0f, Palette.ramp(mode, 0), (float) (left + width), 0f,
                    Palette.ramp(mode, 1)));
            Rectangle2D.Double bar = new Rectangle2D.Double(left, y, width, h);
            g.fill(bar);
            g.setPaint(Palette.DISTRICT_OUTLINE);
            g.setStroke(Palette.OUTLINE);
            g.draw(bar);
            y += h;
            g.setFont(g.getFont().deriveFont(Font.PLAIN, size * 0.9f));
            FontMetrics fm = g.getFontMetrics();
            y += fm.getAscent();
            g.setPaint(Palette.LABEL);
            g.drawString("0", (float) left, (float) y);
            g.drawString("0.5", (float) (left + width / 2 - fm.stringWidth("0.5") / 2.0), (float) y);
            g.drawString("1", (float) (left + width - fm.stringWidth("1")), (float) y);
            y += fm.getDescent() + size * 0.5;
        }

        void line(boolean border, String label) {
            double mid = y + size * 0.7;
            g.setStroke(border ? Palette.BORDER_STROKE : Palette.EDGE_STROKE);
            g.setPaint(border ? Palette.BORDER_EDGE : Palette.EDGE);
            g.draw(new Line2D.Double(left, mid, left + size * 2.2, mid));
            labelAfterSymbol(label);
        }

        void marker(ActorType type, String label) {
            double mid = y + size * 0.7;
            var s = Shapes.actor(type, left + size * 1.1, mid, size * 1.1);
            g.setPaint(Palette.of(type));
            g.fill(s);
            g.setStroke(new BasicStroke(1.4f));
            g.draw(s);
            labelAfterSymbol(label);
        }

        void star(String label) {
            double mid = y + size * 0.7;
            var s = Shapes.star(left + size * 1.1, mid, size * 0.8);
            g.setPaint(Palette.GROUP);
            g.fill(s);
            labelAfterSymbol(label);
        }

        void arrow(String label) {
            double mid = y + size * 0.7;
            g.setPaint(Palette.MOVE);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Line2D.Double(left, mid, left + size * 1.6, mid));
            java.awt.geom.Path2D.Double head = new java.awt.geom.Path2D.Double();
            head.moveTo(left + size * 2.2, mid);
            head.lineTo(left + size * 1.5, mid - size * 0.45);
            head.lineTo(left + size * 1.5, mid + size * 0.45);
            head.closePath();
            g.fill(head);
            labelAfterSymbol(label);
        }

        private void labelAfterSymbol(String label) {
            g.setFont(g.getFont().deriveFont(Font.PLAIN, size));
            write(label, left + size * 2.8);
        }
    }
}
