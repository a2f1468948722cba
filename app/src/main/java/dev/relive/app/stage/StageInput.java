package dev.relive.app.stage;

import dev.relive.api.Input;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The mouse and keys over the stage, as the sketch sees them: the pointer in canvas coordinates (-1, -1 when it is
 * outside), the buttons held (1 primary, 2 middle, 3 secondary) and the keys held, named as JavaFX names them
 * ({@code A}, {@code SPACE}, {@code LEFT}, {@code SHIFT}). Each change is passed on at once as a new {@link Input}.
 */
public final class StageInput {

    private final Consumer<Input> sink;
    private final Set<Integer> buttons = new TreeSet<>();
    private final Set<String> keys = new TreeSet<>();
    private double x = -1;
    private double y = -1;
    private Input current = Input.NONE;

    /** Input passed on to {@code sink} whenever it changes. */
    public StageInput(Consumer<Input> sink) {
        this.sink = Objects.requireNonNull(sink, "Sink must not be null");
    }

    /** The input as the sketch sees it now. */
    public Input current() {
        return current;
    }

    /** The pointer is at ({@code x}, {@code y}) on a surface of {@code width} × {@code height}; outside it counts as gone. */
    public void moveTo(double x, double y, double width, double height) {
        boolean inside = x >= 0 && y >= 0 && x < width && y < height;
        this.x = inside ? x : -1;
        this.y = inside ? y : -1;
        publish();
    }

    /** The pointer left the surface. */
    public void left() {
        x = -1;
        y = -1;
        publish();
    }

    /** {@code button} went down. */
    public void press(MouseButton button) {
        int number = number(button);
        if (number > 0 && buttons.add(number)) {
            publish();
        }
    }

    /** {@code button} came up. */
    public void release(MouseButton button) {
        if (buttons.remove(number(button))) {
            publish();
        }
    }

    /** {@code key} went down. */
    public void keyDown(KeyCode key) {
        if (keys.add(key.name())) {
            publish();
        }
    }

    /** {@code key} came up. */
    public void keyUp(KeyCode key) {
        if (keys.remove(key.name())) {
            publish();
        }
    }

    /**
     * Lets go of every key and button, for when the stage loses the focus: their release goes elsewhere then, and a
     * key must not stay held in the sketch forever.
     */
    public void releaseAll() {
        if (!keys.isEmpty() || !buttons.isEmpty()) {
            keys.clear();
            buttons.clear();
            publish();
        }
    }

    /** The sketch's number for {@code button}: 1 primary, 2 middle, 3 secondary; 0 for buttons it is not told of. */
    static int number(MouseButton button) {
        return switch (button) {
            case PRIMARY -> 1;
            case MIDDLE -> 2;
            case SECONDARY -> 3;
            default -> 0;
        };
    }

    private void publish() {
        Input next = new Input(x, y, buttons, keys);
        if (!next.equals(current)) {
            current = next;
            sink.accept(next);
        }
    }
}
