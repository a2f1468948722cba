package dev.relive.draw;

import dev.relive.api.Canvas;
import dev.relive.api.Color;
import dev.relive.api.Image;
import dev.relive.api.Input;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The {@link Canvas} sketches draw on: it records operations with their style into a list that becomes an
 * immutable {@link Frame}. Used only on the runtime thread; one recorder serves every frame.
 */
public final class FrameRecorder implements Canvas {

    private static final int NONE = 0;

    private final List<DrawOp> ops = new ArrayList<>();
    private final Deque<DrawOp.Style> saved = new ArrayDeque<>();
    /**
     * The current style and transform. Immutable, so every operation drawn until the style next changes shares this
     * one object: recording a shape allocates only the shape.
     */
    private DrawOp.Style state = DEFAULT;
    private double width;
    private double height;
    private Input input = Input.NONE;

    /** The default style: white fill, black stroke of weight 1, text size 14, no transform. */
    private static final DrawOp.Style DEFAULT = new DrawOp.Style(Color.WHITE, Color.BLACK, 1, 14, Transform.IDENTITY);

    /** Starts a new frame on a surface of {@code width} × {@code height}, with {@code input} as it is now. */
    public void begin(double width, double height, Input input) {
        ops.clear();
        saved.clear();
        state = DEFAULT;
        this.width = width;
        this.height = height;
        this.input = Objects.requireNonNull(input, "Input must not be null");
    }

    /** Ends the frame and returns it. */
    public Frame finish(long number, int generation, double stepMillis, double fps) {
        return new Frame(number, generation, width, height, ops, stepMillis, fps);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void background(int color) {
        ops.add(new DrawOp.Background(color));
    }

    @Override
    public void fill(int color) {
        state = new DrawOp.Style(color, state.stroke(), state.strokeWeight(), state.textSize(), state.transform());
    }

    @Override
    public void noFill() {
        fill(NONE);
    }

    @Override
    public void stroke(int color) {
        state = new DrawOp.Style(state.fill(), color, state.strokeWeight(), state.textSize(), state.transform());
    }

    @Override
    public void noStroke() {
        stroke(NONE);
    }

    @Override
    public void strokeWeight(double weight) {
        state = new DrawOp.Style(state.fill(), state.stroke(), Math.max(0, weight), state.textSize(),
                state.transform());
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        ops.add(new DrawOp.Rect(x, y, w, h, state));
    }

    @Override
    public void ellipse(double cx, double cy, double w, double h) {
        ops.add(new DrawOp.Ellipse(cx - w / 2, cy - h / 2, w, h, state));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        ops.add(new DrawOp.Line(x1, y1, x2, y2, state));
    }

    @Override
    public void polygon(double... xy) {
        if (xy.length < 6 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("polygon needs at least three x, y pairs, not " + xy.length + " numbers");
        }
        List<Double> points = new ArrayList<>(xy.length);
        for (double v : xy) {
            points.add(v);
        }
        ops.add(new DrawOp.Polygon(points, state));
    }

    @Override
    public void textSize(double size) {
        state = new DrawOp.Style(state.fill(), state.stroke(), state.strokeWeight(), Math.max(1, size),
                state.transform());
    }

    @Override
    public void text(String text, double x, double y) {
        ops.add(new DrawOp.Text(String.valueOf(text), x, y, state));
    }

    @Override
    public void image(Image image, double x, double y, double w, double h) {
        ops.add(new DrawOp.Picture(Objects.requireNonNull(image, "image must not be null"), x, y, w, h, state));
    }

    @Override
    public void push() {
        saved.push(state);
    }

    @Override
    public void pop() {
        if (saved.isEmpty()) {
            throw new IllegalStateException("pop() without a matching push()");
        }
        state = saved.pop();
    }

    @Override
    public void translate(double dx, double dy) {
        transform(Transform.translation(dx, dy));
    }

    @Override
    public void rotate(double radians) {
        transform(Transform.rotation(radians));
    }

    @Override
    public void scale(double sx, double sy) {
        transform(Transform.scaling(sx, sy));
    }

    @Override
    public Input input() {
        return input;
    }

    private void transform(Transform t) {
        state = new DrawOp.Style(state.fill(), state.stroke(), state.strokeWeight(), state.textSize(),
                state.transform().then(t));
    }
}
