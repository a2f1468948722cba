package dev.relive.app.tweak;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A colour written as a literal, the two ways sketches write them: an int in hex with six or eight digits
 * ({@code 0xFF3366}, {@code 0xFFFF3366}, alpha first as in {@code dev.relive.api.Color}), or a string for
 * {@code Color.hex} ({@code "#ff3366"}, {@code "#80ff3366"}). A new colour is written back in the same form:
 * same quotes or prefix, same number of digits, same letter case. Six-digit forms have no alpha, so they stay
 * opaque.
 *
 * <p>A pure value: no toolkit.
 */
public final class ColorLiteral {

    private static final int OPAQUE = 0xFF000000;

    private final int argb;
    private final String prefix;
    private final String closing;
    private final int digits;
    private final boolean upper;

    private ColorLiteral(int argb, String prefix, String closing, int digits, boolean upper) {
        this.argb = digits == 6 ? argb | OPAQUE : argb;
        this.prefix = prefix;
        this.closing = closing;
        this.digits = digits;
        this.upper = upper;
    }

    /** The colour spelled by {@code text}, a number or string token as written; empty when it is no colour. */
    public static Optional<ColorLiteral> parse(String text) {
        Objects.requireNonNull(text, "Text must not be null");
        String prefix;
        String closing;
        if (text.startsWith("0x") || text.startsWith("0X")) {
            prefix = text.substring(0, 2);
            closing = "";
        } else if (text.startsWith("\"#") && text.endsWith("\"") && text.length() > 3) {
            prefix = "\"#";
            closing = "\"";
        } else {
            return Optional.empty();
        }
        String hex = text.substring(prefix.length(), text.length() - closing.length());
        if (hex.length() != 6 && hex.length() != 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        boolean hasUpper = hex.chars().anyMatch(c -> c >= 'A' && c <= 'F');
        boolean hasLower = hex.chars().anyMatch(c -> c >= 'a' && c <= 'f');
        // Without letters, follow the custom of each form: 0xFF0000 in code, "#ff0000" in strings.
        boolean upper = hasUpper || !hasLower && closing.isEmpty();
        return Optional.of(new ColorLiteral((int) Long.parseLong(hex, 16), prefix, closing, hex.length(), upper));
    }

    /** The colour as ARGB; six-digit forms are opaque. */
    public int argb() {
        return argb;
    }

    /** Whether the form has an alpha channel (eight digits). */
    public boolean hasAlpha() {
        return digits == 8;
    }

    /** This literal holding {@code argb} instead; a form without alpha drops it. */
    public ColorLiteral withArgb(int argb) {
        return new ColorLiteral(argb, prefix, closing, digits, upper);
    }

    /** The literal as Java source, in the form it was written in. */
    public String text() {
        String hex = String.format(Locale.ROOT, "%08x", argb).substring(8 - digits);
        return prefix + (upper ? hex.toUpperCase(Locale.ROOT) : hex) + closing;
    }

    @Override
    public String toString() {
        return text();
    }
}
