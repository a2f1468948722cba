package dev.relive.draw;

/**
 * A 2-D affine transform {@code [mxx mxy tx; myx myy ty]}, immutable, as both JavaFX's {@code Affine} and
 * AWT's {@code AffineTransform} take it.
 */
public record Transform(double mxx, double mxy, double tx, double myx, double myy, double ty) {

    /** No transform. */
    public static final Transform IDENTITY = new Transform(1, 0, 0, 0, 1, 0);

    /** This transform followed by {@code other} applied first (as Canvas calls compose). */
    public Transform then(Transform other) {
        return new Transform(
                mxx * other.mxx + mxy * other.myx, mxx * other.mxy + mxy * other.myy, mxx * other.tx + mxy * other.ty + tx,
                myx * other.mxx + myy * other.myx, myx * other.mxy + myy * other.myy, myx * other.tx + myy * other.ty + ty);
    }

    /** A translation. */
    public static Transform translation(double dx, double dy) {
        return new Transform(1, 0, dx, 0, 1, dy);
    }

    /** A rotation by {@code radians}. */
    public static Transform rotation(double radians) {
        double c = Math.cos(radians);
        double s = Math.sin(radians);
        return new Transform(c, -s, 0, s, c, 0);
    }

    /** A scale. */
    public static Transform scaling(double sx, double sy) {
        return new Transform(sx, 0, 0, 0, sy, 0);
    }
}
