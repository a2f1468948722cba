package dev.relive.api;

import java.util.Set;

/**
 * The mouse and keyboard as seen by a {@link Visual} sketch, in canvas coordinates.
 *
 * @param mouseX   the mouse x, or -1 when the mouse is outside
 * @param mouseY   the mouse y, or -1 when the mouse is outside
 * @param buttons  the mouse buttons held: 1 primary, 2 middle, 3 secondary
 * @param keys     the keys held, by name: {@code "A"}, {@code "SPACE"}, {@code "LEFT"}, {@code "SHIFT"}
 */
public record Input(double mouseX, double mouseY, Set<Integer> buttons, Set<String> keys) {

    /** No mouse, no keys. */
    public static final Input NONE = new Input(-1, -1, Set.of(), Set.of());

    public Input {
        buttons = Set.copyOf(buttons);
        keys = Set.copyOf(keys);
    }

    /** Whether any mouse button is held. */
    public boolean mousePressed() {
        return !buttons.isEmpty();
    }

    /** Whether the key named {@code name} is held. */
    public boolean keyDown(String name) {
        return keys.contains(name);
    }
}
