package org.constellation.gui;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import org.constellation.model.world.District;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a district as a disc sized by population, filled by its need, coverage gap or redundant effort
 * (white: none; full colour: 1), with a thick outline on capitals and its name underneath; under a capital,
 * its country's host consent to the international presence (ODD 7.9).
 */
final class DistrictPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;

    private final ViewOptions options;

    DistrictPortrayal(ViewOptions options) {
        this.options = options;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        DistrictView v = (DistrictView) object;
        District d = v.district();
        RegionView region = v.region();
        double r = region.layout().radius(d) * info.draw.width;
        Ellipse2D.Double disc = new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double value = region.measures().value(options.colourBy(), region.model(), d.index(), options.challenge());
        g.setPaint(Palette.ramp(options.colourBy(), value));
        g.fill(disc);
        g.setStroke(d.isCapital() ? Palette.CAPITAL : Palette.OUTLINE);
        g.setPaint(info.selected ? Palette.BORDER_EDGE : d.isCapital() ? Palette.CAPITAL_OUTLINE : Palette.DISTRICT_OUTLINE);
        g.draw(disc);
        double below = r + 1.6 * v.region().layout().markerSize() * info.draw.width;
        drawLabel(g, d.name(), info, below, v.region().layout().labelSize());
        if (d.isCapital()) {
            double consent = region.model().host(d.country()).consent();
            drawLabel(g, String.format(java.util.Locale.ROOT, "%s: consent %.2f", d.country().name(), consent), info,
                    below + 1.2 * v.region().layout().labelSize() * info.draw.width, v.region().layout().labelSize());
        }
    }

    private static void drawLabel(Graphics2D g, String name, DrawInfo2D info, double below, double units) {
        float size = (float) Math.max(8, Math.min(15, units * info.draw.width));
        g.setFont(g.getFont().deriveFont(Font.BOLD, size));
        FontMetrics fm = g.getFontMetrics();
        int x = (int) Math.round(info.draw.x - fm.stringWidth(name) / 2.0);
        int y = (int) Math.round(info.draw.y + below + fm.getAscent() * 0.8);
        g.setPaint(Palette.BACKGROUND);
        g.drawString(name, x + 1, y + 1);
        g.setPaint(Palette.LABEL);
        g.drawString(name, x, y);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        DistrictView v = (DistrictView) object;
        double r = v.region().layout().radius(v.district()) * range.draw.width;
        return new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r).intersects(range.clip);
    }

    @Override
    public String getName(sim.portrayal.LocationWrapper wrapper) {
        return "District: " + wrapper.getObject();
    }
}
