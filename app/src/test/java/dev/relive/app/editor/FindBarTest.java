package dev.relive.app.editor;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class FindBarTest {

    private static final String TEXT = "int beta = 1;\nint alpha = beta;\nreturn Beta + beta;";

    private CodeEditor editor;

    @Start
    void start(Stage stage) {
        editor = EditorStage.show(stage);
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#find-status").queryAs(Label.class).getText();
    }

    private void find(FxRobot robot, String query) {
        press(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write(query);
    }

    @Test
    void ctrlFOpensTheBarWithTheFocusInTheQuery(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        assertFalse(editor.findBar().isOpen());

        press(robot, KeyCode.CONTROL, KeyCode.F);

        assertTrue(editor.findBar().isOpen());
        assertTrue(robot.lookup("#find-field").queryAs(TextField.class).isFocused());
    }

    @Test
    void typingSelectsTheFirstMatchAndEnterMovesTheCaretToTheNext(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        find(robot, "beta");
        assertEquals("beta", editor.area().getSelectedText());
        assertEquals(8, editor.area().getCaretPosition());
        assertEquals("1 of 4", status(robot));

        press(robot, KeyCode.ENTER);

        int second = TEXT.indexOf("beta", 5);
        assertEquals(second + 4, editor.area().getCaretPosition());
        assertEquals("2 of 4", status(robot));
    }

    @Test
    void shiftEnterGoesBackAndWrapsAround(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        find(robot, "beta");

        press(robot, KeyCode.SHIFT, KeyCode.ENTER);

        assertEquals(TEXT.length() - 1, editor.area().getCaretPosition());
        assertEquals("4 of 4", status(robot));
    }

    @Test
    void matchCaseSkipsMatchesInOtherCase(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        find(robot, "Beta");
        assertEquals("1 of 4", status(robot));

        robot.clickOn("#match-case");

        assertEquals("1 of 1", status(robot));
        assertEquals(TEXT.indexOf("Beta") + 4, editor.area().getCaretPosition());
    }

    @Test
    void replaceAllReplacesEveryMatchAndOneUndoBringsThemBack(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        find(robot, "beta");
        robot.clickOn("#replace-field").write("gamma");
        robot.clickOn("#replace-all");

        assertEquals(TEXT.replace("beta", "gamma").replace("Beta", "gamma"), editor.getText());
        assertEquals("Replaced 4", status(robot));

        press(robot, KeyCode.ESCAPE);
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(TEXT, editor.getText());
    }

    @Test
    void replaceChangesTheSelectedMatchAndMovesToTheNext(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        find(robot, "alpha");
        robot.clickOn("#replace-field").write("omega");
        robot.clickOn("#replace-one");

        assertEquals(TEXT.replace("alpha", "omega"), editor.getText());
        assertEquals("No results", status(robot));
    }

    @Test
    void escapeClosesTheBarAndGivesTheFocusBackToTheText(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        find(robot, "alpha");

        press(robot, KeyCode.ESCAPE);

        assertFalse(editor.findBar().isOpen());
        assertTrue(editor.area().isFocused());
        robot.write("x");
        assertEquals(TEXT.replace("alpha", "x"), editor.getText());
    }

    @Test
    void aSelectedWordSeedsTheQuery(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        robot.interact(() -> editor.area().selectRange(4, 8));

        press(robot, KeyCode.CONTROL, KeyCode.F);

        assertEquals("beta", robot.lookup("#find-field").queryAs(TextField.class).getText());
        assertEquals("1 of 4", status(robot));
    }

    @Test
    void inANarrowEditorEveryButtonKeepsItsWholeLabel(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        robot.interact(() -> robot.window(0).setWidth(520)); // about the editor's width in a 1024-wide window
        press(robot, KeyCode.CONTROL, KeyCode.F);

        for (String id : new String[] {"#replace-one", "#replace-all"}) {
            javafx.scene.control.Button button = robot.lookup(id).queryButton();
            assertTrue(button.getWidth() >= button.prefWidth(-1) - 0.5,
                    id + " is " + button.getWidth() + " wide but needs " + button.prefWidth(-1) + " for its label");
            javafx.geometry.Bounds bar = editor.findBar().localToScene(editor.findBar().getBoundsInLocal());
            javafx.geometry.Bounds b = button.localToScene(button.getBoundsInLocal());
            assertTrue(b.getMaxX() <= bar.getMaxX() + 0.5, id + " is inside the bar");
        }
    }

    @Test
    void ctrlHOpensTheBarWithTheFocusInTheReplacement(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);

        press(robot, KeyCode.CONTROL, KeyCode.H);

        assertTrue(editor.findBar().isOpen());
        assertTrue(robot.lookup("#replace-field").queryAs(TextField.class).isFocused());
    }
}
