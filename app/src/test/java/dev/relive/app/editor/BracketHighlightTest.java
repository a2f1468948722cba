package dev.relive.app.editor;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class BracketHighlightTest {

    private static final String TEXT = "f(a[1], \")\", (b));";

    private CodeEditor editor;

    @Start
    void start(Stage stage) {
        editor = EditorStage.show(stage);
    }

    private boolean boxed(int index) {
        return EditorStage.styleAt(editor.area(), index).contains(BracketHighlight.MATCH);
    }

    @Test
    void theBracketBeforeTheCaretAndItsPartnerAreBoxed(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, TEXT.length() - 1);

        assertTrue(boxed(1));
        assertTrue(boxed(TEXT.length() - 2));
        assertFalse(boxed(12));
        assertEquals("bracket", EditorStage.styleAt(editor.area(), 1).iterator().next());
    }

    @Test
    void bracketsInsideStringsAreNotCounted(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 2);

        assertTrue(boxed(1));
        assertTrue(boxed(TEXT.length() - 2));
        assertFalse(boxed(TEXT.indexOf(')')));
    }

    @Test
    void movingTheCaretAwayRemovesTheBoxes(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 2);
        robot.interact(() -> editor.area().moveTo(5));

        assertFalse(boxed(1));
        assertTrue(boxed(3));
        assertTrue(boxed(5));
    }

    @Test
    void aBracketWithoutPartnerIsFlagged(FxRobot robot) {
        EditorStage.load(robot, editor, "g((x);", 1);

        assertTrue(EditorStage.styleAt(editor.area(), 1).contains(BracketHighlight.MISMATCH));
    }

    @Test
    void typingAClosingBracketBoxesItsPartner(FxRobot robot) {
        EditorStage.load(robot, editor, "call(x", 6);
        robot.write(")");

        assertTrue(boxed(4));
        assertTrue(boxed(6));
    }
}
