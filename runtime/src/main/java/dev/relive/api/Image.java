package dev.relive.api;

import java.util.Arrays;

/** Pixels a sketch can draw with {@link Canvas#image}: width × height ARGB values, row by row. */
public final class Image {

    private final int width;
    private final int height;
    private final int[] argb;

    /** An image of {@code width} × {@code height} pixels; {@code argb} is copied. */
    public Image(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("An image of " + width + "x" + height + " needs " + (width * height)
                    + " pixels, not " + argb.length);
        }
        this.width = width;
        this.height = height;
        this.argb = argb.clone();
    }

    /** The width in pixels. */
    public int width() {
        return width;
    }

    /** The height in pixels. */
    public int height() {
        return height;
    }

    /** A copy of the pixels. */
    public int[] pixels() {
        return argb.clone();
    }

    /** The pixel at ({@code x}, {@code y}). */
    public int pixel(int x, int y) {
        return argb[y * width + x];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && i.width == width && Arrays.equals(i.argb, argb);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(argb) * 31 + width;
    }
}
