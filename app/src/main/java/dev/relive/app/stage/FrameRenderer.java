package dev.relive.app.stage;

import dev.relive.api.Image;
import dev.relive.draw.DrawOp;
import dev.relive.draw.Frame;
import dev.relive.draw.Transform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a frame's drawing operations on a JavaFX canvas, with the meaning the runtime's {@code PngRenderer} gives
 * them in Java2D: each operation carries its own transform and style, a fill or stroke whose alpha is 0 is not drawn,
 * lines are only stroked, text is filled, and a background covers the whole surface whatever the transform.
 * Images are turned into JavaFX images once and reused for as long as consecutive frames draw the same image object.
 *
 * <p>Every canvas call is queued for JavaFX's renderer and replayed there, so the replay keeps the queue short: the
 * transform, fill, stroke and line width are set only when they change (consecutive shapes usually share them).
 * Ellipses stay one {@code fillOval} each rather than one path per run of a colour: JavaFX's OpenGL pipeline fills
 * an oval with a shader but a path through a rasterized mask, and a path of many ellipses measured several times
 * slower there (see StageRenderBenchmark).
 * Used on the FX thread only.
 */
public final class FrameRenderer {

    /** Font sizes kept before the cache starts over, for sketches that animate their text size. */
    private static final int FONT_CACHE_LIMIT = 64;
    /** A colour no ARGB int is: the canvas's colour is not known yet. */
    private static final long UNKNOWN = Long.MIN_VALUE;

    private Map<Image, WritableImage> images = new IdentityHashMap<>();
    private final Map<Double, Font> fonts = new HashMap<>();
    /** What the canvas is set to now, within one {@link #render}; null or NaN: unknown, set it before use. */
    private Transform transform;
    private long fill;
    private long stroke;
    private double lineWidth;

    /** Clears {@code canvas} and draws {@code frame} on it. */
    public void render(Frame frame, Canvas canvas) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        transform = null;
        fill = UNKNOWN;
        stroke = UNKNOWN;
        lineWidth = Double.NaN;
        identity(g);
        g.clearRect(0, 0, width, height);
        Map<Image, WritableImage> used = new IdentityHashMap<>();
        for (DrawOp op : frame.ops()) {
            draw(g, op, width, height, used);
        }
        images = used; // images the frame no longer draws are let go
        identity(g);
    }

    private void draw(GraphicsContext g, DrawOp op, double width, double height, Map<Image, WritableImage> used) {
        if (op instanceof DrawOp.Background b) {
            identity(g);
            setFill(g, b.color());
            g.fillRect(0, 0, width, height);
        } else if (op instanceof DrawOp.Rect r) {
            if (fill(g, r.style())) {
                g.fillRect(r.x(), r.y(), r.w(), r.h());
            }
            if (stroke(g, r.style())) {
                g.strokeRect(r.x(), r.y(), r.w(), r.h());
            }
        } else if (op instanceof DrawOp.Ellipse e) {
            if (fill(g, e.style())) {
                g.fillOval(e.x(), e.y(), e.w(), e.h());
            }
            if (stroke(g, e.style())) {
                g.strokeOval(e.x(), e.y(), e.w(), e.h());
            }
        } else if (op instanceof DrawOp.Line l) {
            if (stroke(g, l.style())) {
                g.strokeLine(l.x1(), l.y1(), l.x2(), l.y2());
            }
        } else if (op instanceof DrawOp.Polygon p) {
            polygon(g, p);
        } else if (op instanceof DrawOp.Text t) {
            if (fill(g, t.style())) {
                g.setFont(font(t.style().textSize()));
                g.fillText(t.text(), t.x(), t.y());
            }
        } else if (op instanceof DrawOp.Picture p) {
            transform(g, p.style().transform());
            g.setImageSmoothing(false); // pixels stay pixels when scaled up, as in the PNG renderer
            g.drawImage(image(p.image(), used), p.x(), p.y(), p.w(), p.h());
        }
    }

    private void polygon(GraphicsContext g, DrawOp.Polygon p) {
        List<Double> xy = p.xy();
        int n = xy.size() / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = xy.get(2 * i);
            ys[i] = xy.get(2 * i + 1);
        }
        if (fill(g, p.style())) {
            g.fillPolygon(xs, ys, n);
        }
        if (stroke(g, p.style())) {
            g.strokePolygon(xs, ys, n);
        }
    }

    /** Sets up the fill of {@code style}; false if it has none. */
    private boolean fill(GraphicsContext g, DrawOp.Style style) {
        if (style.fill() >>> 24 == 0) {
            return false;
        }
        transform(g, style.transform());
        setFill(g, style.fill());
        return true;
    }

    private static boolean hasStroke(DrawOp.Style style) {
        return style.stroke() >>> 24 != 0 && style.strokeWeight() > 0;
    }

    /** Sets up the stroke of {@code style}; false if it has none. */
    private boolean stroke(GraphicsContext g, DrawOp.Style style) {
        if (!hasStroke(style)) {
            return false;
        }
        transform(g, style.transform());
        if (stroke != style.stroke()) {
            stroke = style.stroke();
            g.setStroke(color(style.stroke()));
        }
        if (lineWidth != style.strokeWeight()) {
            lineWidth = style.strokeWeight();
            g.setLineWidth(lineWidth);
        }
        return true;
    }

    private void setFill(GraphicsContext g, int argb) {
        if (fill != argb) {
            fill = argb;
            g.setFill(color(argb));
        }
    }

    private void transform(GraphicsContext g, Transform t) {
        if (t != transform && !t.equals(transform)) {
            transform = t;
            g.setTransform(t.mxx(), t.myx(), t.mxy(), t.myy(), t.tx(), t.ty());
        }
    }

    private void identity(GraphicsContext g) {
        transform(g, Transform.IDENTITY);
    }

    /** The JavaFX colour of an ARGB int. */
    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, (argb >>> 24) / 255.0);
    }

    private Font font(double size) {
        if (fonts.size() >= FONT_CACHE_LIMIT && !fonts.containsKey(size)) {
            fonts.clear();
        }
        return fonts.computeIfAbsent(size, s -> Font.font("SansSerif", s));
    }

    private WritableImage image(Image image, Map<Image, WritableImage> used) {
        WritableImage fx = used.get(image);
        if (fx == null) {
            fx = images.containsKey(image) ? images.get(image) : pixels(image);
            used.put(image, fx);
        }
        return fx;
    }

    private static WritableImage pixels(Image image) {
        WritableImage fx = new WritableImage(image.width(), image.height());
        fx.getPixelWriter().setPixels(0, 0, image.width(), image.height(), PixelFormat.getIntArgbInstance(),
                image.pixels(), 0, image.width());
        return fx;
    }
}
