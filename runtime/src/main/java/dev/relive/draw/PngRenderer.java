package dev.relive.draw;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders frames to images with Java2D, headless, so visual sketches can be tested and looked at without a
 * screen ({@code --frames DIR} in the CLI).
 */
public final class PngRenderer {

    private PngRenderer() {
    }

    /** The frame as an ARGB image of its own size. */
    public static BufferedImage render(Frame frame) {
        int w = Math.max(1, (int) Math.round(frame.width()));
        int h = Math.max(1, (int) Math.round(frame.height()));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (DrawOp op : frame.ops()) {
                draw(g, op, w, h);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the frame as a PNG file. */
    public static void write(Frame frame, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(render(frame), "png", file.toFile());
    }

    private static void draw(Graphics2D g, DrawOp op, int w, int h) {
        if (op instanceof DrawOp.Background b) {
            g.setTransform(new AffineTransform());
            g.setColor(color(b.color()));
            g.fillRect(0, 0, w, h);
        } else if (op instanceof DrawOp.Rect r) {
            shape(g, new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()), r.style());
        } else if (op instanceof DrawOp.Ellipse e) {
            shape(g, new Ellipse2D.Double(e.x(), e.y(), e.w(), e.h()), e.style());
        } else if (op instanceof DrawOp.Line l) {
            shape(g, new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()), withoutFill(l.style()));
        } else if (op instanceof DrawOp.Polygon p) {
            shape(g, path(p.xy()), p.style());
        } else if (op instanceof DrawOp.Text t) {
            apply(g, t.style().transform());
            g.setColor(color(t.style().fill()));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(t.style().textSize())));
            g.drawString(t.text(), (float) t.x(), (float) t.y());
        } else if (op instanceof DrawOp.Picture p) {
            apply(g, p.style().transform());
            BufferedImage pixels = new BufferedImage(p.image().width(), p.image().height(), BufferedImage.TYPE_INT_ARGB);
            pixels.setRGB(0, 0, p.image().width(), p.image().height(), p.image().pixels(), 0, p.image().width());
            g.drawImage(pixels, (int) p.x(), (int) p.y(), (int) p.w(), (int) p.h(), null);
        }
    }

    private static void shape(Graphics2D g, Shape shape, DrawOp.Style style) {
        apply(g, style.transform());
        if ((style.fill() >>> 24) != 0) {
            g.setColor(color(style.fill()));
            g.fill(shape);
        }
        if ((style.stroke() >>> 24) != 0 && style.strokeWeight() > 0) {
            g.setColor(color(style.stroke()));
            g.setStroke(new BasicStroke((float) style.strokeWeight()));
            g.draw(shape);
        }
    }

    private static DrawOp.Style withoutFill(DrawOp.Style s) {
        return new DrawOp.Style(0, s.stroke(), s.strokeWeight(), s.textSize(), s.transform());
    }

    private static Path2D path(List<Double> xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy.get(0), xy.get(1));
        for (int i = 2; i < xy.size(); i += 2) {
            path.lineTo(xy.get(i), xy.get(i + 1));
        }
        path.closePath();
        return path;
    }

    private static void apply(Graphics2D g, Transform t) {
        g.setTransform(new AffineTransform(t.mxx(), t.myx(), t.mxy(), t.myy(), t.tx(), t.ty()));
    }

    private static java.awt.Color color(int argb) {
        return new java.awt.Color(argb, true);
    }
}
