package dev.relive.app.window;

import dev.relive.app.editor.CodeEditor;
import dev.relive.app.live.FakeLiveEngine;
import dev.relive.app.session.SketchSession;
import dev.relive.app.session.Workbench;
import dev.relive.app.workspace.Workspace;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At launch the window shows the sketch's code before its session starts: the real window content, in a real stage,
 * with the session's start held until the test lets it go (as the app holds it until the code is painted).
 */
class StartingViewTest {

    private static final String MAIN = "public class Main {\n    int speed = 3;\n}\n";

    @TempDir
    Path home;
    @TempDir
    Path assets;

    private Stage stage;
    private Workbench workbench;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void launchShowsTheFirstFilesCodeReadOnlyWhileTheSessionStartsThenTheEditor() throws Exception {
        Path example = Files.createDirectories(assets.resolve("examples/" + Workspace.FIRST_EXAMPLE));
        Files.writeString(example.resolve("Main.java"), MAIN);
        Files.writeString(example.resolve("Ball.java"), "class Ball {}\n");
        List<Runnable> held = new CopyOnWriteArrayList<>();
        List<String> centers = new CopyOnWriteArrayList<>();
        MainWindow window = fx(() -> {
            workbench = new Workbench(new Workspace(home, assets),
                    folder -> new SketchSession(folder, new FakeLiveEngine(), () -> { }), Platform::runLater);
            MainWindow content = new MainWindow(workbench, () -> stage);
            content.centerProperty().addListener((obs, was, now) -> centers.add(now.getId()));
            stage = new Stage();
            stage.setScene(new Scene(content, 1024, 700));
            stage.show();
            workbench.afterPaint(held::add);
            workbench.openInitial();
            return content;
        });

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !held.isEmpty());
        CodeEditor shown = fx(() -> (CodeEditor) window.lookup("#starting-editor"));
        assertNotNull(shown, "the code shows while the session has not started");
        assertEquals(MAIN, fx(shown::getText));
        assertFalse(fx(shown::isEditable), "nothing typed before the session runs can be lost");
        assertTrue(fx(() -> workbench.session().isEmpty()));

        fx(() -> {
            held.forEach(Runnable::run);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.sessionView().isPresent()
                && !workbench.launchingProperty().get()));
        Optional<Node> leftover = fx(() -> Optional.ofNullable(window.lookup("#starting-editor")));
        assertTrue(leftover.isEmpty(), "the session's views replaced the preview");
        assertEquals("Main.java", fx(() -> workbench.session().orElseThrow().documents().selectedProperty().get().path()));
        assertNull(fx(() -> workbench.previewProperty().get()));
        assertFalse(centers.contains("welcome"), "the welcome never flashed during launch: " + centers);
    }

    private static <T> T fx(Callable<T> query) {
        return WaitForAsyncUtils.waitForAsyncFx(30_000, query);
    }
}
