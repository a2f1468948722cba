package dev.relive.app.editor;

import dev.relive.compile.Diagnostic;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

import java.util.List;

/**
 * One open source file: a code area with line numbers, a dirty flag, and inline marks for compile
 * diagnostics and runtime errors. The IDE talks to it only through these methods.
 */
public final class CodeEditor extends BorderPane {

    private final CodeArea area = new CodeArea();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private String cleanText = "";

    /** An empty editor. */
    public CodeEditor() {
        getStyleClass().add("code-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        setCenter(new VirtualizedScrollPane<>(area));
        area.textProperty().addListener((obs, before, now) -> dirty.set(!now.equals(cleanText)));
    }

    /** Replaces the whole text, clears undo history and marks the editor clean. */
    public void setText(String text) {
        cleanText = text;
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        dirty.set(false);
    }

    /** The current text. */
    public String getText() {
        return area.getText();
    }

    /** Whether the text differs from what was last loaded or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Records the current text as saved. */
    public void markClean() {
        cleanText = area.getText();
        dirty.set(false);
    }

    /** Shows compile diagnostics of this file: underline, tooltip, gutter marker. Replaces earlier ones. */
    public void showDiagnostics(List<Diagnostic> diagnostics) {
        // Filled in by the editor work: underline each range and mark its line in the gutter.
    }

    /** Marks a runtime error at 1-based {@code line}. */
    public void showRuntimeError(int line, String message) {
        // Filled in by the editor work.
    }

    /** Removes every compile and runtime mark. */
    public void clearMarks() {
        // Filled in by the editor work.
    }

    /** Moves the caret to the start of 1-based {@code line} and scrolls it into view. */
    public void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** The underlying code area, for focus, tests and key handling. */
    public CodeArea area() {
        return area;
    }
}
