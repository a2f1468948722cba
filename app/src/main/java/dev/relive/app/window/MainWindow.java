package dev.relive.app.window;

import dev.relive.app.session.SketchSession;
import dev.relive.app.session.Workbench;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The main window's content: the menu bar on top and, below it, the open sketch's views or the welcome view. When
 * another sketch is opened its views replace the old ones, and edits a crash left for it are offered back. While a
 * sketch opens (off the FX thread), a line at the bottom says so; at launch, the sketch's code shows read-only
 * meanwhile ({@link StartingView}) instead of the welcome.
 */
public final class MainWindow extends BorderPane {

    private final WindowActions actions;
    private final Supplier<Window> owner;
    private final Label opening = new Label(null, new ProgressIndicator());
    private final ReadOnlyObjectWrapper<SessionView> sessionView = new ReadOnlyObjectWrapper<>(this, "sessionView");

    /** The window content for {@code workbench}; dialogs belong to {@code owner}. */
    public MainWindow(Workbench workbench, Supplier<Window> owner) {
        this.owner = owner;
        this.actions = new WindowActions(workbench, owner, this::sessionView);
        createView();
        initListeners();
    }

    private void createView() {
        setId("main-window");
        getStyleClass().add("main-window");
        getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("window.css")).toExternalForm());
        setTop(new MainMenu(actions));
        opening.setId("opening-status");
        opening.getStyleClass().add("opening-status");
        ((ProgressIndicator) opening.getGraphic()).setPrefSize(14, 14);
        setBottom(opening);
        show(actions.workbench().sessionProperty().get());
    }

    private void initListeners() {
        actions.workbench().sessionProperty().addListener((obs, before, now) -> show(now));
        actions.workbench().previewProperty().addListener((obs, before, now) -> showStarting());
        actions.workbench().launchingProperty().addListener((obs, before, now) -> showStarting());
        var folder = actions.workbench().openingProperty();
        opening.textProperty().bind(Bindings.createStringBinding(() -> folder.get() == null ? ""
                : "Opening " + (folder.get().getFileName() == null ? folder.get() : folder.get().getFileName()) + "…", folder));
        opening.visibleProperty().bind(folder.isNotNull());
        opening.managedProperty().bind(opening.visibleProperty());
    }

    private void show(SketchSession session) {
        SessionView view = session == null ? null : new SessionView(session, actions::startFrom, actions::newFile,
                new FileTreeActions(session, owner, actions::newFileIn));
        sessionView.set(view);
        if (view != null) {
            setCenter(view);
            Platform.runLater(actions::offerRecovery); // once the window shows the sketch the dialog is about
        } else {
            showStarting();
        }
    }

    /** With no session: while launching, the launch sketch's code (or a starting line), otherwise the welcome. */
    private void showStarting() {
        if (sessionView.get() != null) {
            return;
        }
        var workbench = actions.workbench();
        if (workbench.launchingProperty().get()) {
            if (!(getCenter() instanceof StartingView) || workbench.previewProperty().get() != null) {
                setCenter(new StartingView(workbench.previewProperty().get()));
            }
        } else if (!(getCenter() instanceof WelcomeView)) {
            setCenter(new WelcomeView(actions));
        }
    }

    /** The window's commands. */
    public WindowActions actions() {
        return actions;
    }

    /** The open sketch's views, if a sketch is open. */
    public Optional<SessionView> sessionView() {
        return Optional.ofNullable(sessionView.get());
    }

    /** The open sketch's views, null while none is open; replaced when another sketch opens. */
    public ReadOnlyObjectProperty<SessionView> sessionViewProperty() {
        return sessionView.getReadOnlyProperty();
    }
}
