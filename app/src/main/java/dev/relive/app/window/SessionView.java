package dev.relive.app.window;

import dev.relive.app.assist.AnalysisScheduler;
import dev.relive.app.assist.EditorAssist;
import dev.relive.app.checks.ChecksView;
import dev.relive.app.console.ConsoleView;
import dev.relive.app.documents.EditorTabsView;
import dev.relive.app.history.HistoryView;
import dev.relive.app.state.StateView;
import dev.relive.app.session.SketchSession;
import dev.relive.app.stage.StageDock;
import dev.relive.app.status.StatusBarView;
import dev.relive.app.toolbar.ToolbarView;
import dev.relive.app.tweak.TweakController;
import dev.relive.app.workspace.FileTreeView;
import dev.relive.app.workspace.SketchTemplate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The views of one open sketch, laid out: the toolbar on top, the file tree on the left, the editor tabs over the
 * console and the checks in the middle, the stage (what a visual sketch draws) over the
 * State pane over the history on the right, and
 * the status bar along the bottom.
 */
public final class SessionView extends BorderPane {

    private final SketchSession session;
    private final EditorTabsView tabs;
    private final ConsoleView console;
    private final HistoryView history;
    private final StageDock stage;
    private final ChecksView checks;
    private final AnalysisScheduler analysis;
    private final StateView state;
    private List<SplitPane> splits = List.of();
    private final EmptySketchView empty;
    private final FileTreeView.FileActions fileActions;

    /** The views of {@code session}. */
    public SessionView(SketchSession session) {
        this(session, template -> { }, () -> { }, null);
    }

    /**
     * The views of {@code session}; while it has no source files the editor area offers the templates, handing the
     * choice to {@code start}, or a new file through {@code newFile}. The file tree changes files through
     * {@code files} (none when null).
     */
    public SessionView(SketchSession session, Consumer<SketchTemplate> start, Runnable newFile, FileTreeView.FileActions files) {
        this.session = Objects.requireNonNull(session, "Session must not be null");
        this.fileActions = files;
        this.empty = new EmptySketchView(start, newFile);
        this.tabs = new EditorTabsView(session.documents(), (document, editor) -> {
            TweakController.attach(editor, document, session.tweaks());
            EditorAssist.attach(editor, document, new SessionAssistContext(session, this::tabs));
        });
        this.analysis = new AnalysisScheduler(session.documents(), session.assist(), session::problem);
        this.console = new ConsoleView(session.console());
        this.history = new HistoryView(session.history());
        this.stage = new StageDock(session.stage(), session.folder().name() + " — Stage");
        this.checks = new ChecksView(session.checks());
        this.state = new StateView(session.state());
        createView();
        warmUpAnalysisOnceLive();
    }

    /**
     * Warms the editor's analysis (its own javac) once the sketch's first generation is live, not before: on two
     * cores, warming it beside the first compile would delay the sketch's start. A sketch that never goes live
     * warms it with its first check instead.
     */
    private void warmUpAnalysisOnceLive() {
        var live = session.live().liveGenerationProperty();
        if (live.get() > 0) {
            session.assist().warmUp();
            return;
        }
        live.addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> value, Number was, Number now) {
                if (now.intValue() > 0) {
                    value.removeListener(this);
                    session.assist().warmUp();
                }
            }
        });
    }

    private void createView() {
        setId("session");
        FileTreeView tree = new FileTreeView(session.folder().name(), session.documents().files(), session.documents().folders(),
                session.documents()::open, fileActions);
        SplitPane output = new SplitPane(console, checks);
        output.setId("split-output");
        output.setDividerPositions(0.58);
        empty.visibleProperty().bind(Bindings.isEmpty(session.documents().files()));
        tabs.visibleProperty().bind(empty.visibleProperty().not());
        SplitPane middle = new SplitPane(new StackPane(tabs, empty), output);
        middle.setId("split-middle");
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.62);
        SplitPane right = new SplitPane(stage, state, history);
        right.setId("split-right");
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.36, 0.58); // the history keeps room for several rows below the state
        SplitPane main = new SplitPane(tree, middle, right);
        main.setId("split-main");
        main.setDividerPositions(0.12, 0.62);
        splits = List.of(main, middle, right, output);
        SplitPane.setResizableWithParent(tree, false);
        tree.setMinWidth(140); // file names stay readable in a 1024-wide window
        setTop(new ToolbarView(session));
        setCenter(main);
        setBottom(new StatusBarView(session.live()));
    }

    /** The split panes that divide the window, each with an id that names it, outermost first. */
    public List<SplitPane> splits() {
        return splits;
    }

    /** The State pane. */
    public StateView state() {
        return state;
    }

    /** The session shown. */
    public SketchSession session() {
        return session;
    }

    /** The editor tabs. */
    public EditorTabsView tabs() {
        return tabs;
    }

    /** The console pane. */
    public ConsoleView console() {
        return console;
    }

    /** The history panel. */
    public HistoryView history() {
        return history;
    }

    /** The stage's place, which holds the stage unless it is in its own window. */
    public StageDock stage() {
        return stage;
    }

    /** Checks the open editors' code as it is typed. */
    public AnalysisScheduler analysis() {
        return analysis;
    }

    /** The checks view. */
    public ChecksView checks() {
        return checks;
    }
}
