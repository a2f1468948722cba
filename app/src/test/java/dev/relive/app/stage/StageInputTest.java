package dev.relive.app.stage;

import dev.relive.api.Input;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StageInputTest {

    private final List<Input> sent = new ArrayList<>();
    private final StageInput input = new StageInput(sent::add);

    @Test
    void thePointerIsInCanvasCoordinatesAndMinusOneOutside() {
        input.moveTo(12.5, 30, 100, 50);
        assertEquals(new Input(12.5, 30, Set.of(), Set.of()), input.current());

        input.moveTo(120, 30, 100, 50);
        assertEquals(-1, input.current().mouseX());
        assertEquals(-1, input.current().mouseY());

        input.moveTo(10, 10, 100, 50);
        input.left();
        assertEquals(Input.NONE, input.current());
    }

    @Test
    void buttonsAreNumberedAsTheSketchApiNumbersThem() {
        input.press(MouseButton.PRIMARY);
        input.press(MouseButton.MIDDLE);
        input.press(MouseButton.SECONDARY);
        input.press(MouseButton.BACK);

        assertEquals(Set.of(1, 2, 3), input.current().buttons());
        input.release(MouseButton.MIDDLE);
        assertEquals(Set.of(1, 3), input.current().buttons());
    }

    @Test
    void keysAreNamedAsJavaFxNamesThem() {
        input.keyDown(KeyCode.A);
        input.keyDown(KeyCode.SPACE);
        input.keyDown(KeyCode.LEFT);
        input.keyDown(KeyCode.SHIFT);

        assertEquals(Set.of("A", "SPACE", "LEFT", "SHIFT"), input.current().keys());
        input.keyUp(KeyCode.SPACE);
        assertEquals(Set.of("A", "LEFT", "SHIFT"), input.current().keys());
    }

    @Test
    void losingTheFocusLetsGoOfEveryKeyAndButton() {
        input.keyDown(KeyCode.A);
        input.press(MouseButton.PRIMARY);

        input.releaseAll();

        assertEquals(Set.of(), input.current().keys());
        assertEquals(Set.of(), input.current().buttons());
    }

    @Test
    void onlyChangesArePassedOnToTheSketch() {
        input.keyDown(KeyCode.A);
        input.keyDown(KeyCode.A); // held keys repeat their key-pressed events
        input.release(MouseButton.PRIMARY);
        input.left();
        input.releaseAll();
        input.releaseAll();

        assertEquals(List.of(new Input(-1, -1, Set.of(), Set.of("A")), Input.NONE), sent);
    }
}
