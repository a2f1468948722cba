package dev.relive.app.window;

import dev.relive.app.editor.CodeEditor;
import dev.relive.app.session.SketchPreview;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * What the window shows while the launch's sketch starts: a line saying so over its first file in
 * the real editor, read-only and highlighted. It is built from a {@link SketchPreview} alone (one file read, no engine),
 * so the code shows at once; the sketch's full views replace it when its session runs. Read-only so that nothing
 * typed before then can be lost. With no preview (the launch is still finding its sketch) it shows the line alone.
 */
final class StartingView extends BorderPane {

    /** A view of {@code preview}, or of the starting line alone when it is null. */
    StartingView(SketchPreview preview) {
        setId("starting");
        getStyleClass().add("starting-view");
        // The window's bottom line says "Opening…" with a spinner; this line says what the code shown is.
        Label line = new Label(preview == null ? "Starting…"
                : preview.file() + " — read-only until " + preview.name() + " runs");
        line.setId("starting-status");
        HBox bar = new HBox(line);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("starting-bar");
        setTop(bar);
        if (preview != null) {
            CodeEditor editor = new CodeEditor();
            editor.setId("starting-editor");
            editor.setText(preview.text());
            editor.setEditable(false);
            setCenter(editor);
        }
    }
}
