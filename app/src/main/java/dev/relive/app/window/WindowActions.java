package dev.relive.app.window;

import dev.relive.app.console.ConsoleLine;
import dev.relive.app.documents.Document;
import dev.relive.app.editor.CodeEditor;
import dev.relive.app.documents.UnsavedEditsDialog;
import dev.relive.app.recovery.RecoveredEdits;
import dev.relive.app.recovery.RecoveryStore;
import dev.relive.app.recovery.RestoreDialog;
import dev.relive.app.session.SketchSession;
import dev.relive.app.session.Workbench;
import dev.relive.app.workspace.FileProblem;
import dev.relive.app.workspace.SketchTemplate;
import dev.relive.app.workspace.SourceFileName;
import dev.relive.app.workspace.Workspace;
import dev.relive.export.ExportException;
import dev.relive.export.SketchExporter;
import dev.relive.history.Generation;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's commands, shared by the menu, the toolbar shortcuts and the welcome view. Each one either calls one
 * command of a model or shows the dialog that command needs first (choosing a folder, naming a file, confirming a
 * purge, saving unsaved edits, choosing between the user's copy of an example and a fresh one). Commands that need a
 * sketch do nothing when none is open; the menu disables them.
 */
public final class WindowActions {

    /** The answer that opens the user's own copy of an example. */
    public static final ButtonType OPEN_MY_COPY = new ButtonType("Open My Copy", ButtonBar.ButtonData.OK_DONE);
    /** The answer that copies the example afresh beside the user's copy. */
    public static final ButtonType FRESH_COPY = new ButtonType("Start a Fresh Copy", ButtonBar.ButtonData.OTHER);

    private final Workbench workbench;
    private final Supplier<Window> owner;
    private final Supplier<Optional<SessionView>> view;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");

    /**
     * Actions on {@code workbench}, whose dialogs belong to {@code owner}, reaching the current sketch's views
     * through {@code view}.
     */
    public WindowActions(Workbench workbench, Supplier<Window> owner, Supplier<Optional<SessionView>> view) {
        this.workbench = Objects.requireNonNull(workbench, "Workbench must not be null");
        this.owner = Objects.requireNonNull(owner, "Owner must not be null");
        this.view = Objects.requireNonNull(view, "View must not be null");
    }

    /** Whether the dark theme is on. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** The workbench these actions work on. */
    public Workbench workbench() {
        return workbench;
    }

    /** Asks for a folder and opens it as the sketch. */
    public void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open Sketch Folder");
        Path start = workbench.session().map(s -> s.folder().root().getParent()).orElse(workbench.workspace().sketches());
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        File chosen = chooser.showDialog(owner.get());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens {@code folder} as the sketch, asking about unsaved edits first and saying clearly if it cannot. */
    public void open(Path folder) {
        if (resolveUnsaved("opening another sketch")) {
            openResolved(folder);
        }
    }

    /** Offers back the unsaved edits a crash left for the open sketch, if it left any. */
    public void offerRecovery() {
        withSession(s -> RestoreDialog.offer(owner.get(),
                new RecoveredEdits(RecoveryStore.in(workbench.workspace()), s.folder().root(), s.documents(), s::problem)));
    }

    /**
     * Opens example {@code name}, running. The user always gets a copy in the workspace, never the bundled example;
     * if they have a copy already, they choose between it (with their edits) and a fresh copy beside it.
     */
    public void openExample(String name) {
        if (!resolveUnsaved("opening an example")) {
            return;
        }
        Workspace workspace = workbench.workspace();
        Optional<Path> mine = workspace.exampleCopy(name);
        try {
            if (mine.isEmpty()) {
                openResolved(workspace.installExample(name));
                return;
            }
            Optional<ButtonType> answer = Dialogs.choose(owner.get(), "example-copy-dialog", "Open the example " + name,
                    "You already have a copy of " + name + " in " + mine.get() + ". Open it with your edits, or start"
                            + " a fresh copy of the example beside it?", OPEN_MY_COPY, FRESH_COPY);
            if (answer.filter(FRESH_COPY::equals).isPresent()) {
                openResolved(workspace.installFreshExample(name));
            } else if (answer.isPresent() && !isOpen(mine.get())) {
                openResolved(mine.get());
            }
        } catch (IOException e) {
            Dialogs.error(owner.get(), "Cannot copy the example " + name, FileProblem.describe(e));
        }
    }

    private boolean isOpen(Path folder) {
        return workbench.session().map(s -> s.folder().root().equals(folder.toAbsolutePath().normalize())).orElse(false);
    }

    private void openResolved(Path folder) {
        workbench.open(folder).thenAccept(problem -> problem.ifPresent(p -> Dialogs.error(owner.get(), "Cannot open the sketch", p)));
    }

    /** Asks for a name and a template, creates the sketch in the workspace and opens it, running. */
    public void newSketch() {
        if (!resolveUnsaved("creating a new sketch")) {
            return;
        }
        Workspace workspace = workbench.workspace();
        NewSketchDialog.ask(owner.get(), workspace).ifPresent(sketch -> {
            try {
                openResolved(workspace.createSketch(sketch.name(), sketch.template()));
            } catch (IOException | IllegalArgumentException e) {
                Dialogs.error(owner.get(), "Cannot create the sketch " + sketch.name(),
                        e instanceof IOException io ? FileProblem.describe(io) : e.getMessage());
            }
        });
    }

    /**
     * Writes {@code template} into the open sketch, which has no source files yet, and opens it; the engine, which
     * watches the folder, runs it.
     */
    public void startFrom(SketchTemplate template) {
        withSession(session -> {
            try {
                session.documents().create(SourceFileName.parse(
                        SketchTemplate.FILE), template.source());
            } catch (IOException e) {
                Dialogs.error(owner.get(), "Cannot create " + SketchTemplate.FILE, FileProblem.describe(e));
            }
        });
    }

    /** Asks for a class name and creates the file in the sketch, then opens it. */
    public void newFile() {
        newFileIn("");
    }

    /** Like {@link #newFile()}, with the name starting in {@code folder} (relative, "" for the sketch's top). */
    public void newFileIn(String folder) {
        withSession(session -> NewFileDialog.ask(owner.get(), session.documents().files(), !hasEntryPoint(session), folder)
                .ifPresent(file -> {
                    try {
                        session.documents().create(file.name(), file.text());
                    } catch (IOException e) {
                        Dialogs.error(owner.get(), "Cannot create " + file.name().path(), FileProblem.describe(e));
                    }
                }));
    }

    /** Whether {@code session}'s sketch has something to run; when its files cannot be listed, assume it has. */
    private static boolean hasEntryPoint(SketchSession session) {
        try {
            return session.folder().hasEntryPoint();
        } catch (IOException e) {
            return true; // cannot tell: the plain template is never wrong, the Sketch one would be a second entry point
        }
    }

    /** Saves the file being edited and makes it live. */
    public void save() {
        withSession(SketchSession::saveSelected);
    }

    /** Saves every file and makes them live. */
    public void saveAll() {
        withSession(SketchSession::saveAll);
    }

    /** Closes the tab being edited, asking about unsaved edits. */
    public void closeTab() {
        withSession(session -> session.documents().selected().ifPresent(d -> {
            if (resolveUnsaved(List.of(d), "closing it")) {
                session.documents().close(d);
            }
        }));
    }

    /** Asks the window to close; the close request asks about unsaved edits. */
    public void quit() {
        Window window = owner.get();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Asks where to write a runnable jar of the open sketch, then writes it with {@link #exportTo}. */
    public void export() {
        withSession(s -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export Runnable Jar");
            Path root = s.folder().root();
            chooser.setInitialFileName(root.getFileName() + ".jar");
            if (root.getParent() != null && Files.isDirectory(root.getParent())) {
                chooser.setInitialDirectory(root.getParent().toFile());
            }
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Runnable jar", "*.jar"));
            File chosen = chooser.showSaveDialog(owner.get());
            if (chosen != null) {
                exportTo(chosen.toPath());
            }
        });
    }

    /**
     * Writes a runnable jar of the open sketch's live generation (the code that runs, whatever the editors or the
     * folder hold; the saved sources when nothing ran yet) to {@code jar}. The compile and the writing run on
     * their own thread, never the FX thread; the console says when it starts and how it ended, and a failure (such
     * as a compile error, with file and line) is reported as a problem. The future completes on the FX thread
     * after the outcome is shown.
     */
    public CompletableFuture<Void> exportTo(Path jar) {
        Optional<SketchSession> open = workbench.session();
        if (open.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        SketchSession session = open.get();
        Path folder = session.folder().root();
        session.console().note(ConsoleLine.Kind.INFO, "exporting the live generation of " + folder.getFileName() + " to " + jar + " …");
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Thread exporter = new Thread(() -> {
            String outcome;
            boolean ok;
            try {
                Optional<Generation> live = session.liveGeneration();
                SketchExporter.Exported exported = live.isPresent()
                        ? SketchExporter.exportGeneration(folder, live.get().sources(), live.get().number(), jar)
                        : SketchExporter.export(folder, jar);
                outcome = "exported " + (exported.generation() > 0 ? "generation " + exported.generation() + " of " : "")
                        + folder.getFileName() + " to " + exported.jar() + "; run it with: java -jar " + exported.jar()
                        + (exported.note().isEmpty() ? "" : " (" + exported.note() + ")");
                ok = true;
            } catch (ExportException e) {
                outcome = "Export failed: " + e.getMessage();
                ok = false;
            }
            String message = outcome;
            boolean succeeded = ok;
            Platform.runLater(() -> {
                if (succeeded) {
                    session.console().note(ConsoleLine.Kind.INFO, message);
                } else {
                    session.problem(message);
                }
                shown.complete(null);
            });
        }, "relive-export");
        exporter.setDaemon(true); // an export cut short at exit leaves no jar: it is written atomically
        exporter.start();
        return shown;
    }

    /** Runs {@code command} on the editor of the file being edited, if one is. */
    public void withEditor(Consumer<CodeEditor> command) {
        view.get().ifPresent(v -> v.session().documents().selected()
                .flatMap(d -> v.tabs().editor(d.path())).ifPresent(command));
    }

    /** Asks for a line and moves the selected editor's caret there, the line in the middle of the view. */
    public void goToLine() {
        withEditor(editor -> GoToLineDialog.ask(owner.get(), editor.area().getParagraphs().size(),
                editor.area().getCurrentParagraph() + 1).ifPresent(editor::goToLine));
    }

    /** Shows every keyboard shortcut of {@code menus} and the editor in a searchable list. */
    public void showShortcuts(javafx.scene.control.MenuBar menus) {
        ShortcutsDialog.show(owner.get(), menus);
    }

    /** Shows the sketch API's reference beside the window. */
    public void showApiReference() {
        ApiReferenceDialog.show(owner.get());
    }

    /** Shows Relive's version and the Java and JavaFX it runs on. */
    public void showAbout() {
        AboutDialog.show(owner.get());
    }

    /** Pauses or runs the sketch. */
    public void toggleRun() {
        withSession(s -> s.live().toggleRun());
    }

    /** While paused, runs exactly one frame. */
    public void stepOneFrame() {
        withSession(SketchSession::stepOneFrame);
    }

    /** Restarts the sketch. */
    public void restart() {
        withSession(s -> s.live().restart());
    }

    /** Stops the sketch. */
    public void stop() {
        withSession(s -> s.live().stop());
    }

    /** Flips automatic revert of faulting code. */
    public void toggleAutoRevert() {
        withSession(s -> s.live().toggleAutoRevert());
    }

    /** Flips whether failing checks hold new code back. */
    public void toggleHoldOnFailingChecks() {
        withSession(s -> s.checks().toggleHold());
    }

    /** Moves the stage between the main window and its own window. */
    public void toggleStageWindow() {
        withSession(s -> s.stage().toggleDetached());
    }

    /** Makes the stage fill the screen, for a performance, or leaves full screen. */
    public void toggleStageFullScreen() {
        withSession(s -> s.stage().toggleFullScreen());
    }

    /** Reverts to the generation selected in the history. */
    public void revertSelected() {
        withSession(s -> s.history().revertSelected());
    }

    /** Reverts to the generation selected in the history with the state it had when it was replaced. */
    public void revertSelectedWithState() {
        withSession(s -> s.history().revertSelectedWithState());
    }

    /** Purges the history after asking. */
    public void purge() {
        view.get().ifPresent(v -> v.history().confirmPurge());
    }

    /** Clears the console. */
    public void clearConsole() {
        withSession(s -> s.console().clear());
    }

    /** Flips whether the console follows new output. */
    public void toggleConsoleFollow() {
        withSession(s -> s.console().toggleAutoScroll());
    }

    /** Flips whether long console lines wrap. */
    public void toggleConsoleWrap() {
        withSession(s -> s.console().toggleWrap());
    }

    /** Flips whether the console is cleared on each new generation. */
    public void toggleClearConsoleOnGeneration() {
        withSession(s -> s.console().toggleClearOnGeneration());
    }

    /** Puts the caret in the console's filter field. */
    public void focusConsoleFilter() {
        view.get().ifPresent(v -> v.console().focusFilter());
    }

    /** Switches between the light and the dark theme. */
    public void toggleTheme() {
        dark.set(!dark.get());
        (dark.get() ? Theme.DARK : Theme.LIGHT).apply();
    }

    /**
     * Whether the window may close: true when nothing is unsaved, or the person chose Save (and saving worked) or
     * Discard; false when they chose Cancel.
     */
    public boolean confirmClose() {
        return resolveUnsaved("closing Relive");
    }

    private boolean resolveUnsaved(String action) {
        return workbench.session().map(s -> resolveUnsaved(s.documents().unsaved(), action)).orElse(true);
    }

    private boolean resolveUnsaved(List<Document> unsaved, String action) {
        return UnsavedEditsDialog.resolve(owner.get(), unsaved, action,
                docs -> workbench.session().map(s -> s.save(docs)).orElse(true));
    }

    private void withSession(Consumer<SketchSession> command) {
        workbench.session().ifPresent(command);
    }
}
