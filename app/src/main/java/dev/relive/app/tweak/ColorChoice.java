package dev.relive.app.tweak;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.paint.Color;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The colour being picked in the colour popup: hue, saturation, brightness and opacity that sliders edit, and
 * the ARGB colour they make, which the literal follows. Choosing a whole colour (a preset, a typed hex code) sets
 * all four at once and yields exactly that colour, with no rounding through HSB. Holds no nodes.
 */
public final class ColorChoice {

    /** Colours offered with one click, as ARGB. */
    public static final List<Integer> PRESETS = List.of(
            0xFF000000, 0xFF555555, 0xFFAAAAAA, 0xFFFFFFFF, 0xFFE53935, 0xFFFF7043, 0xFFFFB300, 0xFFFDD835,
            0xFF7CB342, 0xFF43A047, 0xFF00897B, 0xFF00ACC1, 0xFF1E88E5, 0xFF3949AB, 0xFF8E24AA, 0xFFD81B60);

    private final DoubleProperty hue = new SimpleDoubleProperty(this, "hue");
    private final DoubleProperty saturation = new SimpleDoubleProperty(this, "saturation");
    private final DoubleProperty brightness = new SimpleDoubleProperty(this, "brightness");
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 1);
    private final ReadOnlyIntegerWrapper argb = new ReadOnlyIntegerWrapper(this, "argb");
    private final boolean withAlpha;
    private boolean selecting;

    /** A choice starting at {@code argb}; without {@code withAlpha} every colour made is opaque. */
    public ColorChoice(int argb, boolean withAlpha) {
        this.withAlpha = withAlpha;
        select(argb);
        hue.addListener((obs, was, now) -> slid());
        saturation.addListener((obs, was, now) -> slid());
        brightness.addListener((obs, was, now) -> slid());
        opacity.addListener((obs, was, now) -> slid());
    }

    /** Hue in degrees, 0–360. */
    public DoubleProperty hueProperty() {
        return hue;
    }

    /** Saturation, 0–1. */
    public DoubleProperty saturationProperty() {
        return saturation;
    }

    /** Brightness, 0–1. */
    public DoubleProperty brightnessProperty() {
        return brightness;
    }

    /** Opacity, 0–1; stays 1 for colours without alpha. */
    public DoubleProperty opacityProperty() {
        return opacity;
    }

    /** The colour chosen, as ARGB. */
    public ReadOnlyIntegerProperty argbProperty() {
        return argb.getReadOnlyProperty();
    }

    /** Whether opacity can be chosen. */
    public boolean withAlpha() {
        return withAlpha;
    }

    /** Chooses exactly {@code color} (ARGB); without alpha it is made opaque. */
    public void select(int color) {
        int chosen = withAlpha ? color : color | 0xFF000000;
        Color c = toColor(chosen);
        selecting = true;
        try {
            hue.set(c.getHue());
            saturation.set(c.getSaturation());
            brightness.set(c.getBrightness());
            opacity.set(c.getOpacity());
        } finally {
            selecting = false;
        }
        argb.set(chosen);
    }

    /**
     * Chooses the colour typed as {@code #rrggbb} or {@code #aarrggbb} (the {@code #} may be left out); false, with
     * nothing changed, when the text is no colour.
     */
    public boolean selectHex(String text) {
        String hex = text.strip();
        Optional<ColorLiteral> typed = ColorLiteral.parse("\"" + (hex.startsWith("#") ? hex : "#" + hex) + "\"");
        typed.ifPresent(c -> select(c.argb()));
        return typed.isPresent();
    }

    /** The colour as {@code #rrggbb}, or {@code #aarrggbb} when it has alpha. */
    public String hex() {
        String all = String.format(Locale.ROOT, "%08x", argb.get());
        return "#" + (withAlpha ? all : all.substring(2));
    }

    /** The colour as JavaFX paints it, for swatches. */
    public static Color toColor(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    private void slid() {
        if (selecting) {
            return;
        }
        Color c = Color.hsb(hue.get(), saturation.get(), brightness.get(), withAlpha ? opacity.get() : 1);
        argb.set(channel(c.getOpacity()) << 24 | channel(c.getRed()) << 16 | channel(c.getGreen()) << 8 | channel(c.getBlue()));
    }

    private static int channel(double value) {
        return (int) Math.round(value * 255);
    }
}
