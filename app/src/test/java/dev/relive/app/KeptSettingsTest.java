package dev.relive.app;

import dev.relive.app.editor.CodeEditor;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings outlive a launch: what a person set is what the next launch shows. */
class KeptSettingsTest extends WindowDriver {

    @Test
    void theThemeAndConsoleOptionsComeBackAtTheNextLaunch() throws Exception {
        clickOn("View");
        clickOn("Dark Theme");
        clickOn("View");
        clickOn("Wrap Console Lines");
        waitUntil("wrapping is off", () -> !fx(() -> session().console().wrapProperty().get()));
        assertTrue(Files.readString(home.resolve("settings.properties")).contains("theme=dark"));

        FxToolkit.cleanupApplication(app);
        app = (ReliveApp) FxToolkit.setupApplication(() -> ReliveApp.withHome(home));
        waitUntil("the sketch is open again", () -> fx(() -> app.workbench().session().isPresent()));

        assertTrue(fx(() -> app.window().actions().darkProperty().get()), "the dark theme is back");
        assertTrue(fx(Application::getUserAgentStylesheet).toLowerCase().contains("dark"), "and applied");
        assertFalse(fx(() -> session().console().wrapProperty().get()), "the console does not wrap");
        fx(() -> {
            app.window().actions().toggleTheme(); // the next test class starts light
            return null;
        });
    }

    @Test
    void fontSizeDividersTabsAndCaretsComeBackAtTheNextLaunch() throws Exception {
        interact(() -> session().documents().open("Ball.java"));
        waitUntil("Ball.java is open in a tab", () -> fx(() -> view().tabs().editor("Ball.java").isPresent()));
        CodeEditor ball = editor("Ball.java");
        clickBefore(ball, "class Ball");
        int caret = fx(() -> ball.area().getCaretPosition());
        ctrl(KeyCode.EQUALS);
        ctrl(KeyCode.EQUALS);
        int size = fx(() -> ball.fontSizeProperty().get());
        interact(() -> splitNamed("split-main").setDividerPositions(0.2, 0.7));
        waitUntil("the layout is written", () -> Files.readString(home.resolve("settings.properties")).contains("tabs.caret.Ball.java=" + caret));

        FxToolkit.cleanupApplication(app);
        app = (ReliveApp) FxToolkit.setupApplication(() -> ReliveApp.withHome(home));
        waitUntil("the sketch is open again", () -> fx(() -> app.window().sessionView().isPresent()));

        waitUntil("Ball.java is open again and selected", () -> fx(() -> view().tabs().editor("Ball.java").isPresent()
                && session().documents().selected().map(d -> d.path().equals("Ball.java")).orElse(false)));
        assertTrue(fx(() -> view().tabs().editor("Main.java").isPresent()), "Main.java's tab is back too");
        waitUntil("Ball.java's caret is back", () -> fx(() -> editor("Ball.java").area().getCaretPosition()) == caret);
        waitUntil("the font size is back in every editor", () -> fx(() -> editor("Ball.java").fontSizeProperty().get() == size
                && editor("Main.java").fontSizeProperty().get() == size));
        double[] dividers = fx(() -> splitNamed("split-main").getDividerPositions());
        assertEquals(0.2, dividers[0], 0.02, "the file tree's divider is back");
        assertEquals(0.7, dividers[1], 0.02, "the editor's divider is back");
    }

    @Test
    void boundsKeptOnABiggerScreenAreFittedIntoThisOne() throws Exception {
        FxToolkit.cleanupApplication(app);
        Files.writeString(home.resolve("settings.properties"),
                "window.x=300\nwindow.y=200\nwindow.width=5000\nwindow.height=4000\n");
        app = (ReliveApp) FxToolkit.setupApplication(() -> ReliveApp.withHome(home));
        waitUntil("the sketch is open again", () -> fx(() -> app.workbench().session().isPresent()));

        javafx.geometry.Rectangle2D screen = fx(() -> javafx.stage.Screen.getPrimary().getVisualBounds());
        assertTrue(fx(() -> stage.getX() >= screen.getMinX() && stage.getY() >= screen.getMinY()
                && stage.getX() + stage.getWidth() <= screen.getMaxX() + 1 && stage.getY() + stage.getHeight() <= screen.getMaxY() + 1),
                "the window is wholly on the screen: " + fx(() -> stage.getX() + "," + stage.getY() + " " + stage.getWidth() + "x" + stage.getHeight()));
    }

    private javafx.scene.control.SplitPane splitNamed(String id) {
        return view().splits().stream().filter(s -> id.equals(s.getId())).findFirst().orElseThrow();
    }
}
