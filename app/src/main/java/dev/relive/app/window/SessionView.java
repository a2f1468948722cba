package dev.relive.app.window;

import dev.relive.app.console.ConsoleView;
import dev.relive.app.documents.EditorTabsView;
import dev.relive.app.history.HistoryView;
import dev.relive.app.session.SketchSession;
import dev.relive.app.status.StatusBarView;
import dev.relive.app.toolbar.ToolbarView;
import dev.relive.app.tweak.TweakController;
import dev.relive.app.workspace.FileTreeView;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

import java.util.Objects;

/**
 * The views of one open sketch, laid out: the toolbar on top, the file tree on the left, the editor tabs over the
 * console in the middle, the history on the right, and the status bar along the bottom.
 */
public final class SessionView extends BorderPane {

    private final SketchSession session;
    private final EditorTabsView tabs;
    private final ConsoleView console;
    private final HistoryView history;

    /** The views of {@code session}. */
    public SessionView(SketchSession session) {
        this.session = Objects.requireNonNull(session, "Session must not be null");
        this.tabs = new EditorTabsView(session.documents(),
                (document, editor) -> TweakController.attach(editor, document, session.tweaks()));
        this.console = new ConsoleView(session.console());
        this.history = new HistoryView(session.history());
        createView();
    }

    private void createView() {
        setId("session");
        FileTreeView tree = new FileTreeView(session.folder().name(), session.documents().files(), session.documents()::open);
        SplitPane middle = new SplitPane(tabs, console);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.62);
        SplitPane main = new SplitPane(tree, middle, history);
        main.setDividerPositions(0.14, 0.66);
        SplitPane.setResizableWithParent(tree, false);
        SplitPane.setResizableWithParent(history, false);
        setTop(new ToolbarView(session));
        setCenter(main);
        setBottom(new StatusBarView(session.live()));
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
}
