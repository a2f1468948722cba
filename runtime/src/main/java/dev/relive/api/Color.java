package dev.relive.api;

/** Colours as ARGB ints: {@code Color.rgb(255, 51, 102)}, {@code Color.hex("#ff3366")}, {@code Color.hsb(0.9, 0.8, 1)}. */
public final class Color {

    /** Opaque black. */
    public static final int BLACK = 0xFF000000;
    /** Opaque white. */
    public static final int WHITE = 0xFFFFFFFF;

    private Color() {
    }

    /** An opaque colour from 0–255 channels. */
    public static int rgb(int r, int g, int b) {
        return rgba(r, g, b, 255);
    }

    /** A colour from 0–255 channels and alpha. */
    public static int rgba(int r, int g, int b, int a) {
        return (clamp(a) << 24) | (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    /** An opaque colour from hue, saturation and brightness, each 0–1 (hue wraps). */
    public static int hsb(double hue, double saturation, double brightness) {
        double h = (hue - Math.floor(hue)) * 6;
        double s = Math.max(0, Math.min(1, saturation));
        double v = Math.max(0, Math.min(1, brightness));
        double f = h - Math.floor(h);
        double p = v * (1 - s);
        double q = v * (1 - s * f);
        double t = v * (1 - s * (1 - f));
        double[] rgb = switch ((int) h) {
            case 0 -> new double[]{v, t, p};
            case 1 -> new double[]{q, v, p};
            case 2 -> new double[]{p, v, t};
            case 3 -> new double[]{p, q, v};
            case 4 -> new double[]{t, p, v};
            default -> new double[]{v, p, q};
        };
        return rgb((int) Math.round(rgb[0] * 255), (int) Math.round(rgb[1] * 255), (int) Math.round(rgb[2] * 255));
    }

    /** {@code "#ff3366"}, {@code "ff3366"} or {@code "#80ff3366"} (with alpha). */
    public static int hex(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (digits.length() != 6 && digits.length() != 8) {
            throw new IllegalArgumentException("Not a colour: '" + hex + "'; write #rrggbb or #aarrggbb");
        }
        long value = Long.parseLong(digits, 16);
        return (int) (digits.length() == 6 ? 0xFF000000L | value : value);
    }

    /** {@code color} with its alpha replaced, 0–255. */
    public static int withAlpha(int color, int alpha) {
        return (clamp(alpha) << 24) | (color & 0xFFFFFF);
    }

    private static int clamp(int channel) {
        return Math.max(0, Math.min(255, channel));
    }
}
