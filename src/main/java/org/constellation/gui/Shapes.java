package org.constellation.gui;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.constellation.model.ActorType;

/** The marker shape of each actor type, centred on a point, and the star of an armed group. */
final class Shapes {

    private Shapes() {
    }

    /** The marker of an actor type, of a given size (pixels), centred on (x, y). */
    static Shape actor(ActorType type, double x, double y, double size) {
        double h = size / 2;
        return switch (type) {
            case MISSION -> new Ellipse2D.Double(x - h, y - h, size, size);
            case UNCT_AGENCY -> new Rectangle2D.Double(x - h * 0.9, y - h * 0.9, size * 0.9, size * 0.9);
            case DONOR -> polygon(x, y, h * 1.15, 4, 0);
            case HOST_GOVERNMENT -> polygon(x, y, h * 1.15, 3, -Math.PI / 2);
            case CIVIL_SOCIETY -> polygon(x, y, h * 1.15, 3, Math.PI / 2);
            case ARMED_GROUP -> star(x, y, h);
        };
    }

    /** A five-pointed star of outer radius r centred on (x, y). */
    static Shape star(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double rr = i % 2 == 0 ? r : r * 0.45;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                p.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
            } else {
                p.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    private static Shape polygon(double x, double y, double r, int sides, double start) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < sides; i++) {
            double a = start + 2 * Math.PI * i / sides;
            if (i == 0) {
                p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            } else {
                p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }
}
