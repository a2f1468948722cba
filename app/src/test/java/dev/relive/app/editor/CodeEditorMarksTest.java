package dev.relive.app.editor;

import dev.relive.compile.Severity;
import dev.relive.compile.Diagnostic;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class CodeEditorMarksTest {

    private static final String TEXT = "class A {\n    int x = missing;\n    int y = 2;\n}\n";
    private static final int MISSING = TEXT.indexOf("missing");
    private static final int Y = TEXT.indexOf("y =");

    private CodeEditor editor;

    @Start
    void start(Stage stage) {
        editor = EditorStage.show(stage);
    }

    private static Diagnostic error(int start, int end, String message) {
        return new Diagnostic("A.java", 2, 13, start, end, Severity.ERROR, message);
    }

    private Node gutterMarker(int line) {
        return editor.area().getParagraphGraphic(line).lookup(".gutter-marker");
    }

    private void show(FxRobot robot, List<Diagnostic> diagnostics) {
        robot.interact(() -> editor.showDiagnostics(diagnostics));
    }

    @Test
    void aDiagnosticUnderlinesExactlyItsRange(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        show(robot, List.of(error(MISSING, MISSING + 7, "cannot find symbol")));

        for (int i = MISSING; i < MISSING + 7; i++) {
            assertTrue(EditorStage.styleAt(editor.area(), i).contains("diagnostic-error"), "char " + i);
        }
        assertFalse(EditorStage.styleAt(editor.area(), MISSING - 1).contains("diagnostic-error"));
        assertFalse(EditorStage.styleAt(editor.area(), MISSING + 7).contains("diagnostic-error"));
    }

    @Test
    void anUnderlineKeepsTheSyntaxColourBeneathIt(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        int intKeyword = TEXT.indexOf("int");
        show(robot, List.of(error(intKeyword, intKeyword + 3, "odd")));

        assertEquals(List.of("primitive", "diagnostic-error"), List.copyOf(EditorStage.styleAt(editor.area(), intKeyword)));
    }

    @Test
    void warningsUseTheirOwnStyleAndIcon(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        show(robot, List.of(new Diagnostic("A.java", 3, 9, Y, Y + 1, Severity.WARNING, "unused")));

        assertTrue(EditorStage.styleAt(editor.area(), Y).contains("diagnostic-warning"));
        assertTrue(gutterMarker(2).getStyleClass().contains("diagnostic-warning"));
    }

    @Test
    void aDiagnosticPutsAMarkerInTheGutterOfItsLineOnly(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        show(robot, List.of(error(MISSING, MISSING + 7, "cannot find symbol")));

        assertNotNull(gutterMarker(1));
        assertTrue(gutterMarker(1).getStyleClass().contains("diagnostic-error"));
        assertNull(gutterMarker(0));
        assertNull(gutterMarker(2));
    }

    @Test
    void newDiagnosticsReplaceTheOldOnesAndAnEmptyListClearsThem(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        show(robot, List.of(error(MISSING, MISSING + 7, "first")));
        show(robot, List.of(error(Y, Y + 1, "second")));

        assertFalse(EditorStage.styleAt(editor.area(), MISSING).contains("diagnostic-error"));
        assertTrue(EditorStage.styleAt(editor.area(), Y).contains("diagnostic-error"));
        assertNull(gutterMarker(1));

        show(robot, List.of());
        assertFalse(EditorStage.styleAt(editor.area(), Y).contains("diagnostic-error"));
        assertNull(gutterMarker(2));
    }

    @Test
    void marksSurviveRehighlightingAndMoveWithTheirText(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, MISSING);
        show(robot, List.of(error(MISSING, MISSING + 7, "cannot find symbol")));

        robot.write("(");
        EditorStage.awaitHighlighted(editor);

        assertFalse(EditorStage.styleAt(editor.area(), MISSING).contains("diagnostic-error"));
        assertTrue(EditorStage.styleAt(editor.area(), MISSING + 1).contains("diagnostic-error"));
        assertTrue(EditorStage.styleAt(editor.area(), MISSING + 7).contains("diagnostic-error"));
        assertNotNull(gutterMarker(1));
    }

    @Test
    void aMarkFollowsItsLineWhenLinesAreInsertedAbove(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        show(robot, List.of(error(MISSING, MISSING + 7, "cannot find symbol")));

        robot.interact(() -> editor.area().insertText(0, "// header\n"));
        EditorStage.awaitHighlighted(editor);

        assertNull(gutterMarker(1));
        assertNotNull(gutterMarker(2));
        assertTrue(EditorStage.styleAt(editor.area(), MISSING + 10).contains("diagnostic-error"));
    }

    @Test
    void aRuntimeErrorMarksItsLineInTheGutterAndTheBackground(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        robot.interact(() -> editor.showRuntimeError(3, "java.lang.ArithmeticException: / by zero"));

        assertTrue(editor.area().getParagraph(2).getParagraphStyle().contains(LineBackgrounds.RUNTIME_ERROR_LINE));
        assertTrue(gutterMarker(2).getStyleClass().contains("runtime-error"));
        assertEquals("java.lang.ArithmeticException: / by zero", editor.gutter().marksOn(2).get(0).message());
    }

    @Test
    void clearMarksRemovesUnderlinesMarkersAndLineBackgrounds(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        show(robot, List.of(error(MISSING, MISSING + 7, "cannot find symbol")));
        robot.interact(() -> editor.showRuntimeError(3, "boom"));

        robot.interact(editor::clearMarks);

        assertFalse(EditorStage.styleAt(editor.area(), MISSING).contains("diagnostic-error"));
        assertNull(gutterMarker(1));
        assertNull(gutterMarker(2));
        assertFalse(editor.area().getParagraph(2).getParagraphStyle().contains(LineBackgrounds.RUNTIME_ERROR_LINE));
    }

    @Test
    void hoveringAnUnderlineShowsItsMessage(FxRobot robot) throws Exception {
        EditorStage.load(robot, editor, TEXT, 0);
        show(robot, List.of(error(MISSING, MISSING + 7, "cannot find symbol: missing")));
        Bounds bounds = WaitForAsyncUtils.asyncFx(
                () -> editor.area().getCharacterBoundsOnScreen(MISSING + 2, MISSING + 3).orElseThrow()).get();

        robot.moveTo(new Point2D(bounds.getCenterX(), bounds.getCenterY()));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor.markTooltip().tooltip().isShowing());
        assertEquals("cannot find symbol: missing", editor.markTooltip().tooltip().getText());
    }

    @Test
    void theCurrentLineIsHighlighted(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        robot.interact(() -> editor.goToLine(3));

        assertTrue(editor.area().getParagraph(2).getParagraphStyle().contains(LineBackgrounds.CURRENT_LINE));
        assertFalse(editor.area().getParagraph(0).getParagraphStyle().contains(LineBackgrounds.CURRENT_LINE));
    }

    @Test
    void markedLinesAndRuntimeErrorLinesSayWhereTheMarksAre(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        show(robot, List.of(error(MISSING, MISSING + 7, "cannot find symbol")));
        robot.interact(() -> editor.showRuntimeError(3, "boom"));

        assertEquals(List.of(2), editor.markedLines());
        assertEquals(List.of(3), editor.runtimeErrorLines());

        robot.interact(() -> editor.area().insertText(0, "// header\n"));
        assertEquals(List.of(3), editor.markedLines(), "marks move with their text");
        robot.interact(editor::clearMarks);
        assertEquals(List.of(), editor.markedLines());
        assertEquals(List.of(), editor.runtimeErrorLines());
    }

    @Test
    void aHighlightLaysItsClassOverItsRangeKeepingTheSyntaxColour(FxRobot robot) {
        EditorStage.load(robot, editor, TEXT, 0);
        int two = TEXT.indexOf("2;");

        robot.interact(() -> editor.highlight("tool-mark", two, two + 1));

        assertEquals(List.of("number", "tool-mark"), List.copyOf(EditorStage.styleAt(editor.area(), two)));
        assertFalse(EditorStage.styleAt(editor.area(), two + 1).contains("tool-mark"));
        robot.interact(() -> editor.area().insertText(0, "\n"));
        EditorStage.awaitHighlighted(editor);
        assertTrue(EditorStage.styleAt(editor.area(), two + 1).contains("tool-mark"), "it moves with its text");

        robot.interact(() -> editor.clearHighlight("tool-mark"));
        assertEquals(List.of("number"), List.copyOf(EditorStage.styleAt(editor.area(), two + 1)));
        assertTrue(editor.highlights().isEmpty());
    }
}
