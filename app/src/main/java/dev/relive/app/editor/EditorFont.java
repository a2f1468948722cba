package dev.relive.app.editor;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.text.Font;

import java.util.List;

/**
 * The editor's monospace font and its zoom. JavaFX CSS takes a single font family, not a fallback
 * list, so the first installed family of the preferred ones is picked here and written, with the size,
 * as the inline style of the text node.
 */
final class EditorFont {

    /** The size a reset returns to, in pixels. */
    static final int DEFAULT_SIZE = 14;
    static final int MIN_SIZE = 8;
    static final int MAX_SIZE = 48;
    private static final List<String> PREFERRED = List.of("JetBrains Mono", "Fira Code", "DejaVu Sans Mono");
    private static final String FALLBACK = "Monospaced";

    private final IntegerProperty size = new SimpleIntegerProperty(this, "fontSize", DEFAULT_SIZE);
    private final String family = installedFamily();

    /** Applies the font to {@code target} now and whenever the size changes. */
    EditorFont(Node target) {
        size.addListener((obs, was, now) -> apply(target));
        apply(target);
    }

    /** The font size in pixels; values outside {@value #MIN_SIZE}..{@value #MAX_SIZE} are drawn clamped. */
    IntegerProperty sizeProperty() {
        return size;
    }

    /** The font family in use. */
    String family() {
        return family;
    }

    /** One pixel larger, up to {@value #MAX_SIZE}. */
    void zoomIn() {
        size.set(clamp(size.get() + 1));
    }

    /** One pixel smaller, down to {@value #MIN_SIZE}. */
    void zoomOut() {
        size.set(clamp(size.get() - 1));
    }

    /** Back to {@value #DEFAULT_SIZE}. */
    void reset() {
        size.set(DEFAULT_SIZE);
    }

    private void apply(Node target) {
        target.setStyle("-fx-font-family: \"" + family + "\"; -fx-font-size: " + clamp(size.get()) + "px;");
    }

    private static int clamp(int value) {
        return Math.max(MIN_SIZE, Math.min(MAX_SIZE, value));
    }

    private static String installedFamily() {
        List<String> installed = Font.getFamilies();
        return PREFERRED.stream().filter(installed::contains).findFirst().orElse(FALLBACK);
    }
}
