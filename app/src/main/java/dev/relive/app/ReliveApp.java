package dev.relive.app;

import dev.relive.app.recovery.RecoveryStore;
import dev.relive.app.session.SketchSession;
import dev.relive.app.session.Workbench;
import dev.relive.app.window.Dialogs;
import dev.relive.app.window.KeptSettings;
import dev.relive.app.window.MainWindow;
import dev.relive.app.window.Theme;
import dev.relive.app.workspace.Settings;
import dev.relive.app.workspace.Workspace;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The Relive IDE application: one window on the workspace named by the system properties. At launch it opens the
 * most recent sketch, or on first launch copies the bundled example into the workspace and opens that, already
 * running. Closing the window asks about unsaved edits; quitting closes the engine. Unsaved edits are kept in the
 * home's recovery area meanwhile, and a sketch opened after a crash offers them back.
 */
public final class ReliveApp extends Application {

    /** The window's width when it opens, if the screen is wide enough. */
    public static final double WIDTH = 1400;
    /** The window's height when it opens, if the screen is tall enough. */
    public static final double HEIGHT = 900;

    private final Workspace workspace;
    private Workbench workbench;
    private MainWindow window;

    /** The application on the workspace the system properties describe; used by {@link Main}. */
    public ReliveApp() {
        this(Workspace.fromSystemProperties());
    }

    /** The application on {@code workspace}; tests give each run its own temporary home this way. */
    public ReliveApp(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "Workspace must not be null");
    }

    /** The application with its home in {@code home} and the assets named by the system property. */
    public static ReliveApp withHome(Path home) {
        String assets = System.getProperty(Workspace.ASSETS_PROPERTY, "assets");
        return new ReliveApp(new Workspace(home, Path.of(assets)));
    }

    /** Builds the window, shows it, then opens the recent sketch or the example so it is running at once. */
    @Override
    public void start(Stage stage) {
        Theme.LIGHT.apply();
        RecoveryStore recovery = RecoveryStore.in(workspace);
        workbench = new Workbench(workspace, folder -> SketchSession.start(folder, recovery, Platform::runLater),
                Platform::runLater);
        window = new MainWindow(workbench, () -> stage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(window, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight())));
        stage.titleProperty().bind(windowTitle());
        stage.setOnCloseRequest(e -> {
            if (!window.actions().confirmClose()) {
                e.consume();
            }
        });
        Settings settings = Settings.in(workspace.home());
        KeptSettings.follow(settings, stage, window, workbench);
        stage.show();
        if (!settings.problem().isEmpty()) {
            System.err.println("relive: " + settings.problem()); // the window has no console before a sketch opens
        }
        StartupProbe probe = StartupProbe.fromSystemProperties();
        if (probe != null) {
            probe.atNextPulse(stage.getScene(), "window");
            workbench.previewProperty().addListener((obs, before, now) -> {
                if (now != null) {
                    probe.atNextPulse(stage.getScene(), "painted");
                }
            });
        }
        // The window paints at once with the sketch's code; its session starts once that is painted, off the FX thread.
        workbench.afterPaint(task -> afterNextPulse(stage.getScene(), () -> Platform.runLater(task)));
        workbench.openInitial().thenAccept(problem -> {
            problem.ifPresent(p -> Dialogs.error(stage, "Cannot open the sketch", p));
            if (probe != null && workbench.session().isPresent()) {
                probe.atNextPulse(stage.getScene(), "painted");
                probe.whenRunning(workbench.session().get());
            }
        });
    }

    /** Runs {@code task} on the FX thread once {@code scene}'s next pulse has laid it out. */
    static void afterNextPulse(Scene scene, Runnable task) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            task.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * The window's title: the open sketch's name, marked "•" as the tabs are while any file has unsaved edits, so a
     * person sees which sketch this window is and whether it is saved, even from the task bar.
     */
    private ReadOnlyStringProperty windowTitle() {
        ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Relive");
        Runnable show = () -> title.set(workbench.session().map(s -> s.folder().name()
                + (s.documents().anyUnsavedProperty().get() ? " •" : "") + " — Relive").orElse("Relive"));
        javafx.beans.value.ChangeListener<Boolean> onUnsaved = (o, was, now) -> show.run();
        workbench.sessionProperty().addListener((obs, before, now) -> {
            if (before != null) {
                before.documents().anyUnsavedProperty().removeListener(onUnsaved);
            }
            if (now != null) {
                now.documents().anyUnsavedProperty().addListener(onUnsaved);
            }
            show.run();
        });
        workbench.session().ifPresent(s -> s.documents().anyUnsavedProperty().addListener(onUnsaved));
        show.run();
        return title.getReadOnlyProperty();
    }

    /** The workbench: which sketch is open. Available once started. */
    public Workbench workbench() {
        return workbench;
    }

    /** The window's content. Available once started. */
    public MainWindow window() {
        return window;
    }

    /** Closes the open sketch's engine, stopping its code and threads. */
    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }
}
