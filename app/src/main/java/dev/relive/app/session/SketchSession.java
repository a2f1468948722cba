package dev.relive.app.session;

import dev.relive.app.assist.SketchAssist;
import dev.relive.app.checks.ChecksModel;
import dev.relive.app.console.ConsoleLine;
import dev.relive.app.console.ConsoleModel;
import dev.relive.app.console.SourceLink;
import dev.relive.app.documents.Document;
import dev.relive.app.documents.Documents;
import dev.relive.app.history.HistoryModel;
import dev.relive.app.live.EngineBridge;
import dev.relive.app.live.EventBatch;
import dev.relive.app.live.FxThread;
import dev.relive.app.live.LiveEngine;
import dev.relive.app.live.LiveModel;
import dev.relive.app.recovery.RecoveryStore;
import dev.relive.app.recovery.RecoveryWriter;
import dev.relive.app.tweak.LiveTweaks;
import dev.relive.inspect.StateNode;
import dev.relive.migrate.FieldRenames;
import dev.relive.app.stage.FrameFeed;
import dev.relive.app.stage.StageModel;
import dev.relive.app.workspace.SketchFolder;
import dev.relive.app.workspace.SourceFileName;
import dev.relive.app.state.StateModel;
import dev.relive.engine.Engine;
import dev.relive.engine.EngineOptions;
import dev.relive.event.EngineEvent;
import dev.relive.history.Generation;
import javafx.application.Platform;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * One open sketch: its folder, the live engine, and the view-models that show it. Engine event batches arrive here
 * on the FX thread and are handed to each model; the history is reread whenever an event changed it. The flows that
 * need more than one model live here too:
 * <ul>
 *   <li>save: write the file atomically, then ask the engine to reload at once rather than wait for the watcher;</li>
 *   <li>revert: save unsaved edits and reload first, so they become a generation and nothing is lost, then revert,
 *   then show the reverted sources in the open editors;</li>
 *   <li>tweak: save and reload on every scrub step or colour pick, one save in flight, one history entry a run
 *   (see {@link LiveTweaks}).</li>
 * </ul>
 * Nothing here blocks: every engine call returns a stage that completes on the FX thread.
 */
public final class SketchSession implements AutoCloseable {

    private final SketchFolder folder;
    private final LiveEngine engine;
    private final StateModel state;
    private final AutoCloseable closer;
    private final Documents documents;
    private final ConsoleModel console;
    private final HistoryModel history;
    private final LiveModel live;
    private final LiveTweaks tweaks;
    private final ChecksModel checks;
    private final StageModel stage;
    private final SketchAssist assist;
    /** Renames and deletes touch the disk here, one at a time, in order, never on the FX thread. */
    private final java.util.concurrent.ExecutorService fileThread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "relive-files");
        t.setDaemon(true);
        return t;
    });

    /**
     * A session for {@code folder} driving {@code engine}; {@code closer} releases the engine when the session is
     * closed. Feed it events with {@link #accept(EventBatch)}.
     */
    public SketchSession(SketchFolder folder, LiveEngine engine, AutoCloseable closer) {
        this.folder = Objects.requireNonNull(folder, "Folder must not be null");
        this.engine = Objects.requireNonNull(engine, "Engine must not be null");
        this.closer = Objects.requireNonNull(closer, "Closer must not be null");
        this.live = new LiveModel(engine);
        this.state = new StateModel(engine, System::nanoTime);
        this.console = new ConsoleModel(ConsoleModel.DEFAULT_CAPACITY, this::goTo);
        this.checks = new ChecksModel(engine, this::goTo);
        this.stage = new StageModel(FrameFeed.of(engine.frames()));
        this.documents = new Documents(folder, this::problem);
        this.tweaks = new LiveTweaks(engine, documents::save, this::problem);
        this.assist = new SketchAssist(folder.root(), Platform::runLater);
        tweaks.runningProperty().addListener((obs, was, now) -> {
            if (now) {
                console.startRun();
            } else {
                console.finishRun();
            }
        });
        this.history = new HistoryModel(new HistoryModel.Actions() {
            @Override
            public CompletionStage<?> revert(int number, boolean withState) {
                return SketchSession.this.revert(number, withState);
            }

            @Override
            public CompletionStage<?> purge() {
                return engine.purge();
            }
        });
    }

    /** The sketch folder. */
    public SketchFolder folder() {
        return folder;
    }

    /** The open files. */
    public Documents documents() {
        return documents;
    }

    /** The console. */
    public ConsoleModel console() {
        return console;
    }

    /** The history panel's model. */
    public HistoryModel history() {
        return history;
    }

    /** The run status, timings and run commands. */
    public LiveModel live() {
        return live;
    }

    /** Makes literal tweaks (number scrubs, colour picks) live as they happen. */
    public LiveTweaks tweaks() {
        return tweaks;
    }

    /** The checks of the newest compiled generation and the hold-swap setting. */
    public ChecksModel checks() {
        return checks;
    }

    /** What the stage shows and where it is. */
    public StageModel stage() {
        return stage;
    }

    /** The editor's Java analysis of this sketch: errors as you type, completion, navigation. */
    public SketchAssist assist() {
        return assist;
    }

    /** Opens the file {@code link} points at, at its line; where console and check links lead. */
    private void goTo(SourceLink link) {
        documents.goTo(link.file(), link.line());
    }

    /** The State pane's rows and pins. */
    public StateModel state() {
        return state;
    }

    /** While paused, runs exactly one frame; the State pane and stage show the result. */
    public void stepOneFrame() {
        engine.stepOne().thenAccept(ran -> state.refresh());
    }

    /** Hands a batch of engine events to every model; called on the FX thread by the engine bridge. */
    public void accept(EventBatch batch) {
        console.accept(batch);
        boolean historyChanged = false;
        for (EngineEvent event : batch.events()) {
            live.accept(event);
            checks.accept(event);
            documents.accept(event);
            if (event instanceof EngineEvent.Applied a) {
                history.recordSwap(a.generation(), a.swapMs());
            }
            historyChanged |= changesHistory(event);
        }
        if (historyChanged) {
            refreshHistory();
        }
    }

    private static boolean changesHistory(EngineEvent event) {
        return event instanceof EngineEvent.Compiled || event instanceof EngineEvent.Applied
                || event instanceof EngineEvent.Rejected || event instanceof EngineEvent.Reverted
                || event instanceof EngineEvent.Purged;
    }

    /** Rereads the history from the engine. */
    public void refreshHistory() {
        history.update(engine.history(), engine.liveNumber(), engine.checkpointed());
    }

    /** Opens the first source file, preferring {@code Main.java}, so a new window shows code at once. */
    public void openFirstFile() {
        SketchFolder.firstShown(documents.files()).ifPresent(documents::open);
    }

    /** Saves the file being edited and makes it live; false if it could not be written (the reason is told). */
    public boolean saveSelected() {
        return save(documents.selected().stream().toList());
    }

    /** Saves every file with unsaved edits and makes them live together, as one generation. */
    public boolean saveAll() {
        return save(documents.unsaved());
    }

    /**
     * The live value at {@code path} with one level of its elements, read by the engine at its next step boundary
     * (never on the FX thread); completes on the FX thread.
     */
    public CompletionStage<StateNode> inspect(String path) {
        return engine.inspect(path, 1, 0);
    }

    /**
     * Like {@link #saveAll()} for a refactoring that renamed fields: the engine hears the renames first, so the
     * generation this save makes carries each renamed field's running value to its new name.
     */
    public boolean saveAll(FieldRenames renames) {
        engine.renameFields(renames);
        return saveAll();
    }

    /**
     * Writes {@code toSave} (atomically) and asks the engine to compile and swap at once, rather than wait for its
     * watcher. The result arrives as events. False if a file could not be written; the reason is told.
     */
    public boolean save(List<Document> toSave) {
        engine.saving(); // the engine's watcher waits for the whole set rather than compile the first files alone
        boolean ok = true;
        for (Document d : toSave) {
            ok &= documents.save(d);
        }
        engine.reload(toSave.stream().map(Document::path).toList());
        return ok;
    }

    /** The generation the engine runs now, empty before any code ran; callable from any thread. */
    public Optional<Generation> liveGeneration() {
        return engine.liveGeneration();
    }

    /**
     * Renames the file or folder {@code from} to {@code to} (relative paths) and makes the change live as one
     * generation: the engine is told before the move and handed every source it touched after it, so it never
     * compiles the sketch with the file in neither place or in both. A source file's class is renamed with it
     * (see {@link SourceFileName#renameClass}); other files' uses of it are not. The disk work runs on the session's
     * file thread, never the FX thread; the stage completes on the FX thread, exceptionally with the
     * {@link IOException} if the move fails or {@code to} exists (nothing changed then). FX thread.
     *
     * @throws IllegalStateException if a file in it has unsaved edits (they would be lost), saying which
     */
    public CompletionStage<Void> rename(String from, String to) {
        refuseUnsaved(from, "renaming");
        List<String> before = sourcesIn(from);
        return changeFiles(() -> {
            folder.move(from, to);
            if (from.endsWith(".java") && to.endsWith(".java")) {
                // The class is named after its file: rename it too, so the file still compiles on its own.
                String was = SourceFileName.parse(from).className();
                String now = SourceFileName.parse(to).className();
                folder.write(to, SourceFileName.renameClass(folder.read(to), was, now));
            }
        }, before, to, () -> documents.moved(from, to));
    }

    /**
     * Deletes the file or folder {@code path} and makes the change live as one generation; its sources stay in the
     * history, so reverting to the generation before brings them back. Like {@link #rename}, the disk work runs on
     * the file thread and the stage completes on the FX thread, exceptionally with the {@link IOException} if it
     * cannot be deleted. FX thread.
     *
     * @throws IllegalStateException if a file in it has unsaved edits, saying which
     */
    public CompletionStage<Void> delete(String path) {
        refuseUnsaved(path, "deleting");
        List<String> before = sourcesIn(path);
        return changeFiles(() -> folder.delete(path), before, null, () -> documents.moved(path, null));
    }

    /** Makes the empty folder {@code path}; it holds no sources, so nothing is compiled. */
    public void createFolder(String path) throws IOException {
        folder.createFolder(path);
        documents.refreshFiles();
    }

    /** A file change the engine sees as one generation. */
    private interface FileChange {
        void run() throws IOException;
    }

    /**
     * Runs {@code change} and lists the folder on the file thread, then, on the FX thread, shows the new file list,
     * hands the engine every source touched, and (if the change worked) runs {@code after}.
     */
    private CompletionStage<Void> changeFiles(FileChange change, List<String> before, String movedTo, Runnable after) {
        engine.saving(); // the watcher waits for the reload below rather than compile the sketch half moved
        CompletableFuture<Void> done = new CompletableFuture<>();
        fileThread.execute(() -> {
            IOException failed = null;
            try {
                change.run();
            } catch (IOException e) {
                failed = e;
            } catch (RuntimeException e) {
                failed = new IOException(e.getMessage(), e);
            }
            Documents.Listing listing = documents.listFiles();
            IOException failure = failed;
            Platform.runLater(() -> {
                documents.showFiles(listing);
                List<String> touched = new java.util.ArrayList<>(before);
                if (movedTo != null) {
                    touched.addAll(sourcesIn(movedTo));
                }
                engine.reload(touched);
                if (failure != null) {
                    done.completeExceptionally(failure);
                } else {
                    after.run();
                    done.complete(null);
                }
            });
        });
        return done;
    }

    private List<String> sourcesIn(String path) {
        return documents.files().stream().filter(f -> f.equals(path) || f.startsWith(path + "/")).toList();
    }

    private void refuseUnsaved(String path, String doing) {
        List<Document> unsaved = documents.unsavedIn(path);
        if (!unsaved.isEmpty()) {
            throw new IllegalStateException(unsaved.stream().map(Document::path).collect(java.util.stream.Collectors.joining(", "))
                    + " has unsaved edits; save or close it before " + doing + ".");
        }
    }

    /**
     * Reverts to generation {@code number}. Unsaved edits are saved and reloaded first, so they become a generation
     * of their own; only once that is done does the revert start. Open editors then show the reverted code.
     */
    public CompletionStage<Optional<Generation>> revert(int number) {
        return revert(number, false);
    }

    /**
     * Reverts to generation {@code number} like {@link #revert(int)}; with {@code withState}, the state goes back to
     * what it was when that generation was replaced, if it is kept.
     */
    public CompletionStage<Optional<Generation>> revert(int number, boolean withState) {
        CompletionStage<?> before = CompletableFuture.completedFuture(null);
        if (!documents.unsaved().isEmpty()) {
            if (!documents.saveAll()) {
                problem("Did not revert: your unsaved edits could not be saved first, and reverting would lose them.");
                return CompletableFuture.completedFuture(Optional.empty());
            }
            before = engine.reload(); // the saved edits become a generation before the revert, so nothing is lost
        }
        return before.thenCompose(saved -> engine.revert(number, withState)).whenComplete((reverted, failure) -> {
            if (failure != null) {
                problem("Revert to generation " + number + " failed: " + failure.getMessage());
            } else {
                reverted.ifPresent(g -> documents.showSources(g.sources().sources()));
            }
        });
    }

    /** Tells the person about a problem the IDE met, in the console and the status bar. */
    public void problem(String message) {
        console.note(ConsoleLine.Kind.ERROR, message);
        live.reportProblem(message);
    }

    /**
     * Opens the sketch in {@code folder} on a new engine and starts it; its events reach the session through
     * {@code fx} (in the app, {@code Platform::runLater}). Unsaved edits are kept in {@code recovery} while they
     * last, and their copies deleted when the session closes cleanly. Engine work: never on the FX thread.
     */
    public static SketchSession start(SketchFolder folder, RecoveryStore recovery, Executor fx) throws IOException {
        FxThread.refuse("Opening a sketch");
        EngineBridge bridge = new EngineBridge(Engine.open(folder.root(), EngineOptions.DEFAULTS), fx);
        RecoveryWriter unsaved = new RecoveryWriter(recovery, folder.root(), fx, RecoveryWriter.QUIET);
        SketchSession session = new SketchSession(folder, bridge, () -> {
            unsaved.close(); // closing is clean: every unsaved edit was saved or knowingly discarded
            bridge.close();
        });
        unsaved.follow(session.documents().open(), session::problem);
        bridge.start(session::accept);
        return session;
    }

    /** Stops the engine and releases its threads. May wait briefly for a compile or the sketch to stop. */
    @Override
    public void close() throws Exception {
        fileThread.shutdown(); // a rename or delete under way finishes; the folder is never left half changed
        assist.close();
        closer.close();
    }
}
