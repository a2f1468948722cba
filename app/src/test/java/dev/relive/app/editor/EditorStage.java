package dev.relive.app.editor;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Shows a lone editor the way the IDE does (AtlantaFX theme) and offers the waits GUI tests need. */
final class EditorStage {

    private EditorStage() {
    }

    /** A fresh editor filling {@code stage}, shown. */
    static CodeEditor show(Stage stage) {
        String theme = new PrimerLight().getUserAgentStylesheet();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
        CodeEditor editor = new CodeEditor();
        stage.setScene(new Scene(new StackPane(editor), 900, 600));
        stage.show();
        return editor;
    }

    /** Loads {@code text}, focuses the text and puts the caret at {@code caret}. */
    static void load(FxRobot robot, CodeEditor editor, String text, int caret) {
        robot.interact(() -> {
            editor.setText(text);
            editor.area().requestFocus();
            editor.area().moveTo(caret);
        });
        awaitHighlighted(editor);
    }

    /** Waits until every edit so far is highlighted and the FX queue is drained. */
    static void awaitHighlighted(CodeEditor editor) {
        try {
            WaitForAsyncUtils.asyncFx(editor::whenHighlighted).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for highlighting", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("Highlighting did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The style classes painted on the character at {@code index}. */
    static Collection<String> styleAt(CodeArea area, int index) {
        return area.getStyleOfChar(index);
    }
}
