package dev.relive.api;

/**
 * Where a {@link Visual} sketch draws: colours, shapes, text, images and transforms, plus the mouse and keys.
 * Colours are ARGB ints, as made by {@link Color}. Shapes use the current fill and stroke; transforms apply to
 * everything drawn after them until {@link #pop()} or the end of the frame.
 */
public interface Canvas {

    /** The width of the drawing surface in pixels. */
    double width();

    /** The height of the drawing surface in pixels. */
    double height();

    /** Fills the whole surface with {@code color}. */
    void background(int color);

    /** The colour shapes are filled with. */
    void fill(int color);

    /** Shapes are not filled. */
    void noFill();

    /** The colour outlines are drawn with. */
    void stroke(int color);

    /** Shapes have no outline. */
    void noStroke();

    /** The outline width. */
    void strokeWeight(double weight);

    /** A rectangle with its top-left corner at ({@code x}, {@code y}). */
    void rect(double x, double y, double w, double h);

    /** An ellipse centred on ({@code cx}, {@code cy}). */
    void ellipse(double cx, double cy, double w, double h);

    /** A line, drawn with the stroke. */
    void line(double x1, double y1, double x2, double y2);

    /** A closed polygon through points given as x, y pairs. */
    void polygon(double... xy);

    /** The font size for {@link #text}. */
    void textSize(double size);

    /** Text with its baseline starting at ({@code x}, {@code y}), in the fill colour. */
    void text(String text, double x, double y);

    /** An image scaled into the rectangle at ({@code x}, {@code y}). */
    void image(Image image, double x, double y, double w, double h);

    /** Saves the current transform and styles. */
    void push();

    /** Restores what the matching {@link #push()} saved. */
    void pop();

    /** Moves the origin. */
    void translate(double dx, double dy);

    /** Rotates by {@code radians} around the origin. */
    void rotate(double radians);

    /** Scales around the origin. */
    void scale(double sx, double sy);

    /** The mouse and keyboard, as they were when this frame began. */
    Input input();
}
