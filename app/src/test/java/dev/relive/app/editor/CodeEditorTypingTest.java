package dev.relive.app.editor;

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
class CodeEditorTypingTest {

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

    @Test
    void clickingAndTypingPutsTextInTheEditor(FxRobot robot) {
        robot.clickOn(editor.area());
        robot.write("int x = 1;");

        assertEquals("int x = 1;", editor.getText());
        assertTrue(editor.dirtyProperty().get());
    }

    @Test
    void enterKeepsTheIndentOfTheLine(FxRobot robot) {
        robot.clickOn(editor.area());
        robot.write("    int a;");
        press(robot, KeyCode.ENTER);
        robot.write("b");

        assertEquals("    int a;\n    b", editor.getText());
    }

    @Test
    void enterAfterAnOpeningBraceIndentsOneStepDeeper(FxRobot robot) {
        robot.clickOn(editor.area());
        robot.write("void f() {");
        press(robot, KeyCode.ENTER);
        robot.write("x();");

        assertEquals("void f() {\n    x();", editor.getText());
    }

    @Test
    void enterBetweenBracesOpensAnIndentedLineBetweenThem(FxRobot robot) {
        EditorStage.load(robot, editor, "if (a) {}", 8);
        press(robot, KeyCode.ENTER);
        robot.write("b();");

        assertEquals("if (a) {\n    b();\n}", editor.getText());
    }

    @Test
    void closingBraceOnABlankIndentedLineOutdentsToItsOpeningLine(FxRobot robot) {
        robot.clickOn(editor.area());
        robot.write("class A {");
        press(robot, KeyCode.ENTER);
        robot.write("void f() {");
        press(robot, KeyCode.ENTER);
        robot.write("}");

        assertEquals("class A {\n    void f() {\n    }", editor.getText());
    }

    @Test
    void tabInsertsFourSpaces(FxRobot robot) {
        robot.clickOn(editor.area());
        press(robot, KeyCode.TAB);
        robot.write("x");

        assertEquals("    x", editor.getText());
    }

    @Test
    void tabIndentsEverySelectedLineAndKeepsThemSelected(FxRobot robot) {
        EditorStage.load(robot, editor, "a\nb\nc", 0);
        robot.interact(() -> editor.area().selectRange(0, 3));
        press(robot, KeyCode.TAB);

        assertEquals("    a\n    b\nc", editor.getText());
        assertEquals("    a\n    b", editor.area().getSelectedText());
    }

    @Test
    void shiftTabOutdentsTheCaretLine(FxRobot robot) {
        EditorStage.load(robot, editor, "        x", 9);
        press(robot, KeyCode.SHIFT, KeyCode.TAB);

        assertEquals("    x", editor.getText());
        assertEquals(5, editor.area().getCaretPosition());
    }

    @Test
    void ctrlSlashTogglesALineCommentOnTheCaretLine(FxRobot robot) {
        EditorStage.load(robot, editor, "int a;\n    int b;", 10);
        press(robot, KeyCode.CONTROL, KeyCode.SLASH);
        assertEquals("int a;\n    // int b;", editor.getText());

        press(robot, KeyCode.CONTROL, KeyCode.SLASH);
        assertEquals("int a;\n    int b;", editor.getText());
    }

    @Test
    void ctrlSlashCommentsEverySelectedLine(FxRobot robot) {
        EditorStage.load(robot, editor, "a();\nb();\nc();", 0);
        robot.interact(() -> editor.area().selectRange(2, 7));
        press(robot, KeyCode.CONTROL, KeyCode.SLASH);

        assertEquals("// a();\n// b();\nc();", editor.getText());
    }

    @Test
    void ctrlZUndoesAndCtrlYOrCtrlShiftZRedo(FxRobot robot) {
        EditorStage.load(robot, editor, "start", 5);
        robot.write(" more");
        assertEquals("start more", editor.getText());

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals("start", editor.getText());
        press(robot, KeyCode.CONTROL, KeyCode.Y);
        assertEquals("start more", editor.getText());
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("start more", editor.getText());
    }

    @Test
    void undoingBackToTheSavedTextMakesTheEditorClean(FxRobot robot) {
        EditorStage.load(robot, editor, "saved", 5);
        assertFalse(editor.dirtyProperty().get());

        robot.write("!");
        assertTrue(editor.dirtyProperty().get());

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals("saved", editor.getText());
        assertFalse(editor.dirtyProperty().get());
    }

    @Test
    void markCleanMakesTheCurrentTextTheSavedOne(FxRobot robot) {
        EditorStage.load(robot, editor, "a", 1);
        robot.write("b");
        robot.interact(editor::markClean);
        assertFalse(editor.dirtyProperty().get());

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertTrue(editor.dirtyProperty().get());
    }

    @Test
    void zoomKeysGrowShrinkAndResetTheFont(FxRobot robot) {
        robot.clickOn(editor.area());
        int initial = editor.fontSizeProperty().get();

        press(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        press(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(initial + 2, editor.fontSizeProperty().get());
        assertTrue(editor.area().getStyle().contains("-fx-font-size: " + (initial + 2) + "px"));

        press(robot, KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(initial + 1, editor.fontSizeProperty().get());

        press(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(EditorFont.DEFAULT_SIZE, editor.fontSizeProperty().get());
        assertEquals("", editor.getText());
    }

    @Test
    void zoomStopsAtItsLimits(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 100; i++) {
                editor.zoomOut();
            }
        });
        assertEquals(EditorFont.MIN_SIZE, editor.fontSizeProperty().get());
    }

    @Test
    void goToLineMovesTheCaretToTheStartOfThatLine(FxRobot robot) {
        EditorStage.load(robot, editor, "line\n".repeat(300), 0);
        robot.interact(() -> editor.goToLine(250));

        assertEquals(249, editor.area().getCurrentParagraph());
        assertEquals(0, editor.area().getCaretColumn());
        assertTrue(editor.area().getVisibleParagraphs().contains(editor.area().getParagraph(249)));
    }

    @Test
    void aReadOnlyEditorIgnoresTyping(FxRobot robot) {
        EditorStage.load(robot, editor, "fixed", 5);
        robot.interact(() -> editor.setEditable(false));
        robot.write("x");
        press(robot, KeyCode.ENTER);
        press(robot, KeyCode.TAB);

        assertEquals("fixed", editor.getText());
    }
}
