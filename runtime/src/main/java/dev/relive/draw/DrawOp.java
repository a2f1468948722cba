package dev.relive.draw;

import dev.relive.api.Image;

import java.util.List;

/**
 * One recorded drawing operation, carrying everything needed to replay it on its own: its geometry, its
 * fill and stroke ({@code 0} alpha means none), its stroke weight and its transform. Renderers need no state.
 */
public sealed interface DrawOp {

    /** The style an operation was drawn with. */
    record Style(int fill, int stroke, double strokeWeight, double textSize, Transform transform) {
    }

    /** Fill the whole surface. */
    record Background(int color) implements DrawOp {
    }

    /** A rectangle. */
    record Rect(double x, double y, double w, double h, Style style) implements DrawOp {
    }

    /** An ellipse given by its bounding box. */
    record Ellipse(double x, double y, double w, double h, Style style) implements DrawOp {
    }

    /** A line. */
    record Line(double x1, double y1, double x2, double y2, Style style) implements DrawOp {
    }

    /** A closed polygon, points as x, y pairs. */
    record Polygon(List<Double> xy, Style style) implements DrawOp {
        public Polygon {
            xy = List.copyOf(xy);
        }
    }

    /** Text at a baseline point. */
    record Text(String text, double x, double y, Style style) implements DrawOp {
    }

    /** An image scaled into a rectangle. */
    record Picture(Image image, double x, double y, double w, double h, Style style) implements DrawOp {
    }
}
