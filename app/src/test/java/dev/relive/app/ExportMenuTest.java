package dev.relive.app;

import dev.relive.app.workspace.Workspace;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File → Export… writes a runnable jar of the open sketch's live generation off the FX thread and says in the console
 * how it went; a broken save does not stop it.
 */
class ExportMenuTest extends WindowDriver {

    @Test
    void theFileMenuOffersExport() {
        clickOn("File");
        waitUntil("Export… is listed", () -> fx(() -> lookup("Export…").tryQuery().map(n -> n.isVisible()).orElse(false)));
        press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void exportWritesTheLiveGenerationEvenWhenTheSavedSourceIsBroken() throws Exception {
        Path jar = home.resolve("out/sketch.jar");
        CompletableFuture<Void> done = fx(() -> app.window().actions().exportTo(jar));
        done.get(120, TimeUnit.SECONDS);
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals("dev.relive.export.launch.Launcher", file.getManifest().getMainAttributes().getValue("Main-Class"));
            assertTrue(file.getEntry("Main.class") != null);
        }
        assertTrue(console().stream().anyMatch(l -> l.contains("exported ") && l.contains(Workspace.FIRST_EXAMPLE + " to " + jar)),
                console().toString());

        Path broken = home.resolve("broken.jar");
        Path main = home.resolve("sketches/" + Workspace.FIRST_EXAMPLE + "/Main.java");
        Files.writeString(main, "public class Main {\n  int x = ;\n}\n");
        waitUntil("the broken save is reported", () -> console().stream().anyMatch(l -> l.contains("Main.java:2")));
        int live = fx(() -> session().liveGeneration().orElseThrow().number());
        fx(() -> app.window().actions().exportTo(broken)).get(120, TimeUnit.SECONDS);
        try (JarFile file = new JarFile(broken.toFile())) {
            assertTrue(file.getEntry("Main.class") != null, "the live generation's code, not the broken save");
        }
        assertTrue(consoleHas("exported generation " + live + " of " + Workspace.FIRST_EXAMPLE + " to " + broken), console().toString());
    }
}
