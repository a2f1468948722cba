package dev.relive.app;

import javafx.application.Application;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;

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
}
