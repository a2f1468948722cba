package dev.relive.app;

import dev.relive.app.documents.Document;
import dev.relive.app.editor.CodeEditor;
import dev.relive.app.history.HistoryItem;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing the running example in the window: Ctrl+S swaps the new code in, and broken code is shown where it is. */
class LiveEditingTest extends WindowDriver {

    @Test
    void savingAnEditShowsTheNewOutputAndTheCounterCarriesOn() {
        waitUntil("the example prints its frame counter", () -> lastCount(1, "frame") >= 180);
        CodeEditor editor = editor("Main.java");

        select(editor, "frame %d");
        write("tick %d");
        int before = lastCount(1, "frame");
        ctrl(KeyCode.S);

        waitUntil("the new code prints", () -> !counts(2, "tick").isEmpty());
        int first = counts(2, "tick").get(0);
        assertTrue(first > before, "the counter went on from " + before + " instead of starting over, but printed " + first);
        assertTrue(textOf("#status-generation").contains("generation 2"), textOf("#status-generation"));
        assertTrue(textOf("#status-migration").contains("kept 3"), textOf("#status-migration")); // balls, frame and the COLORS array
        assertFalse(fx(() -> session().documents().find("Main.java").orElseThrow().isDirty()), "the tab is clean after saving");
    }

    @Test
    void brokenCodeIsMarkedOnItsLineAndTheOldCodeKeepsRunning() {
        CodeEditor editor = editor("Main.java");
        int line = lineOf(editor, "frame++;");

        clickBefore(editor, "++;");
        type(KeyCode.RIGHT, 2);
        type(KeyCode.DELETE);
        ctrl(KeyCode.S);

        waitUntil("the console reports the compile error", () -> consoleHas("[2] did not compile"));
        assertTrue(consoleHas("Main.java:" + line + ":"), "the console names the line: " + console());
        Document main = fx(() -> session().documents().find("Main.java").orElseThrow());
        assertTrue(fx(() -> main.diagnostics().stream().anyMatch(d -> d.isError() && d.line() == line)),
                "the editor was given the error on line " + line);
        waitUntil("the editor underlines line " + line, () -> fx(editor::markedLines).equals(List.of(line)));
        assertTrue(fx(() -> {
            int start = editor.area().getAbsolutePosition(line - 1, 0);
            int end = start + editor.area().getParagraphLength(line - 1);
            return java.util.stream.IntStream.range(start, end)
                    .anyMatch(i -> editor.area().getStyleOfChar(i).contains("diagnostic-error"));
        }), "characters of line " + line + " carry the underline style");
        Node errorIcon = lookup(".tab-error-icon").query();
        assertTrue(fx(errorIcon::isVisible), "the tab shows the file has an error");
        assertTrue(textOf("#status-result").contains("did not compile"), textOf("#status-result"));
        assertEquals(HistoryItem.Kind.COMPILE_ERROR, history().get(0).kind());

        int reported = consoleIndexOf("[2] did not compile");
        waitUntil("the old code prints again after the error", () -> {
            List<String> lines = console();
            return lines.subList(reported, lines.size()).stream().anyMatch(l -> l.startsWith("[1] frame "));
        });
        assertEquals(1, fx(() -> session().live().liveGenerationProperty().get()));
    }

    @Test
    void fixingTheCodeClearsTheMarks() {
        CodeEditor editor = editor("Main.java");
        clickBefore(editor, "++;");
        type(KeyCode.RIGHT, 2);
        type(KeyCode.DELETE);
        ctrl(KeyCode.S);
        waitUntil("the compile error is reported", () -> consoleHas("[2] did not compile"));

        write(";");
        ctrl(KeyCode.S);

        waitUntil("the fixed code is live", () -> fx(() -> session().live().liveGenerationProperty().get()) == 3);
        Document main = fx(() -> session().documents().find("Main.java").orElseThrow());
        assertTrue(fx(() -> main.diagnostics().isEmpty()), "the compile marks are gone");
        assertFalse(fx(() -> lookup(".tab-error-icon").query().isVisible()), "the tab no longer shows an error");
    }

    @Test
    void codeThatFaultsAndIsRevertedLeavesNoErrorIconOnItsTab() {
        CodeEditor editor = editor("Main.java");
        clickBefore(editor, "frame++;");
        write("if (frame > 5) throw new IllegalStateException(\"late \" + frame);\n");
        ctrl(KeyCode.S);

        waitUntil("the faulting code is reverted", () -> consoleHas("faulted right after going live; reverted to generation 1"));
        waitUntil("the reverted code runs", () -> fx(() -> session().live().liveGenerationProperty().get()) == 1);
        waitUntil("the tab's error icon goes", () -> !fx(() -> lookup(".tab-error-icon").query().isVisible()));
    }

    @Test
    void theWindowTitleNamesTheSketchAndMarksUnsavedEdits() {
        assertEquals("bouncing-balls — Relive", fx(stage::getTitle));
        select(editor("Main.java"), "frame %d");
        write("tick %d");

        waitUntil("the title marks the unsaved edit", () -> fx(stage::getTitle).equals("bouncing-balls • — Relive"));
        ctrl(KeyCode.S);
        waitUntil("the mark goes once saved", () -> fx(stage::getTitle).equals("bouncing-balls — Relive"));
    }
}
