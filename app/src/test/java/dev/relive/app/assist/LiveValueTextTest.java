package dev.relive.app.assist;

import dev.relive.inspect.NodeKind;
import dev.relive.inspect.StateNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hover's live value line, from the state rows the engine answers with. */
class LiveValueTextTest {

    private static StateNode row(String name, String value, NodeKind kind, int size, List<StateNode> children) {
        return new StateNode(name, name, "t", value, kind, size, false, null, 0, children);
    }

    @Test
    void aValueShowsAsItIs() {
        assertEquals("live: 42", LiveValueText.of(row("frame", "42", NodeKind.VALUE, 0, null)));
        assertEquals("live: null", LiveValueText.of(row("tag", "null", NodeKind.NULL, 0, null)));
    }

    @Test
    void aCollectionShowsItsSizeAndItsFirstElements() {
        List<StateNode> balls = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            balls.add(row("[" + i + "]", "Ball@" + i, NodeKind.OBJECT, 0, null));
        }
        StateNode list = new StateNode("balls", "balls", "ArrayList", "ArrayList@1", NodeKind.LIST, 7, false, null, 0, balls);
        assertEquals("live: ArrayList, size 7: [Ball@0, Ball@1, Ball@2, Ball@3, Ball@4, …]", LiveValueText.of(list));
        StateNode empty = new StateNode("none", "none", "int[]", "int[0]", NodeKind.ARRAY, 0, false, null, 0, List.of());
        assertEquals("live: int[], size 0", LiveValueText.of(empty));
    }

    @Test
    void aMapNamesItsKeys() {
        StateNode map = new StateNode("scores", "scores", "HashMap", "HashMap@1", NodeKind.MAP, 1, false, null, 0,
                List.of(row("bob", "3", NodeKind.VALUE, 0, null)));
        assertEquals("live: HashMap, size 1: [bob=3]", LiveValueText.of(map));
    }
}
