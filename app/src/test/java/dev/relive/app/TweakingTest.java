package dev.relive.app;

import dev.relive.app.editor.CodeEditor;
import dev.relive.app.history.HistoryItem;
import dev.relive.app.tweak.TweakController;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tweaking literals in the running sketch: Alt+drag scrubs a number, Alt+click picks a colour, both live at once. */
class TweakingTest extends WindowDriver {

    private static final String SKETCH = """
            import dev.relive.api.Sketch;

            public class Main implements Sketch {
                int size = 10;
                int tint = 0xFF3366;
                long frame;

                @Override
                public void step() {
                    if (++frame % 5 == 0) {
                        System.out.println("size=" + size + " tint=" + Integer.toHexString(tint));
                    }
                }
            }
            """;

    @BeforeEach
    void runTheTweakSketch() throws IOException {
        Files.writeString(home.resolve("sketches/bouncing-balls/Main.java"), SKETCH);
        waitUntil("the tweak sketch prints", () -> consoleHas("size=10 tint=ff3366"));
        waitUntil("the editor shows it", () -> fx(() -> editor("Main.java").getText()).equals(SKETCH));
    }

    @Test
    void altDragOverANumberScrubsItLiveAsOneHistoryEntry() {
        CodeEditor editor = editor("Main.java");
        List<Integer> before = generations();

        press(KeyCode.ALT).drag(pointOn(editor, "10;")).moveBy(60, 0).drop().release(KeyCode.ALT);

        int size = Integer.parseInt(valueIn(editor, "int size = (-?\\d+);"));
        assertTrue(size > 10, "dragging right raised the number, to " + size);
        waitUntil("the sketch prints the scrubbed value", () -> consoleHas("size=" + size + " "));
        waitUntil("the drag is one history entry", () -> generations().size() == before.size() + 1 && history().get(0).live());
        assertEquals(before, generations().subList(1, before.size() + 1), "the entries before the drag are untouched");
        assertTrue(fx(() -> !session().documents().find("Main.java").orElseThrow().isDirty()), "the scrub was saved");
        waitUntil("the drag is one line in the console", () -> console().stream().filter(l -> l.contains("tweaked live")).count() == 1);
        int drag = generations().get(0);
        assertEquals(before.get(0) + 1, drag, "the drag takes the next generation number, however many values it passed");
        assertEquals(List.of(), console().stream().filter(l -> l.matches("\\[\\d+] (compiled in|live in) .*")
                && Integer.parseInt(l.substring(1, l.indexOf(']'))) > before.get(0)).toList(),
                "no compiled or live line for each step of the drag (it ended as generation " + drag + ")");
    }

    @Test
    void altClickOnAColourOpensThePickerAndAPickGoesLive() {
        CodeEditor editor = editor("Main.java");
        List<Integer> before = generations();

        press(KeyCode.ALT).clickOn(pointOn(editor, "0xFF3366")).release(KeyCode.ALT);
        waitUntil("the colour popup opens", () -> lookup("#color-panel").tryQuery().isPresent());
        clickOn("#color-preset-12");
        clickOn("#color-preset-9");
        type(KeyCode.ESCAPE);

        waitUntil("the literal is rewritten in its form", () -> fx(editor::getText).contains("int tint = 0x43A047;"));
        waitUntil("the sketch prints the picked colour", () -> consoleHas("tint=43a047"));
        waitUntil("the picks are one history entry", () -> generations().size() == before.size() + 1 && history().get(0).live());
        assertTrue(fx(() -> TweakController.of(editor).orElseThrow().colorPopup().isEmpty()), "Escape closed the popup");
    }

    /** A point on the first character of {@code needle} in the editor, scrolled into view. */
    private Point2D pointOn(CodeEditor editor, String needle) {
        int at = fx(() -> editor.getText().indexOf(needle));
        interact(() -> editor.area().showParagraphAtCenter(editor.area().offsetToPosition(at,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        Bounds chars = fx(() -> editor.area().getCharacterBoundsOnScreen(at, at + 1).orElseThrow());
        return new Point2D(chars.getCenterX(), chars.getCenterY());
    }

    /** The generation numbers in the history panel, newest first. */
    private List<Integer> generations() {
        return history().stream().map(HistoryItem::number).toList();
    }

    private String valueIn(CodeEditor editor, String regex) {
        Matcher m = Pattern.compile(regex).matcher(fx(editor::getText));
        assertTrue(m.find(), "the editor holds " + regex);
        return m.group(1);
    }
}
