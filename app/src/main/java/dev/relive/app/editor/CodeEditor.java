package dev.relive.app.editor;

import dev.relive.compile.Diagnostic;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import static javafx.scene.input.KeyCombination.SHIFT_ANY;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;

/**
 * One open source file: a code area with line numbers, a dirty flag, and inline marks for compile
 * diagnostics and runtime errors. The IDE talks to it only through these methods. The work is done by
 * small collaborators: {@link Highlighter} colours, {@link Gutter} numbers and markers, {@link FindBar}
 * searches, {@link EditActions} indents and comments, {@link ErrorMarks} remembers marks, and
 * {@link RangeHighlights} keeps the ranges other tools ask to highlight.
 *
 * <p>Create and use it on the FX thread; call {@link #dispose()} when the file is closed.
 */
public final class CodeEditor extends BorderPane {

    private static final String STYLESHEET = Objects.requireNonNull(
            CodeEditor.class.getResource("editor.css"), "editor.css must sit next to CodeEditor").toExternalForm();

    private final CodeArea area = new CodeArea();
    private final ErrorMarks marks = new ErrorMarks();
    private final SpanPainter painter = new SpanPainter(area);
    private final BracketHighlight brackets = new BracketHighlight(area, painter);
    private final RangeHighlights highlights = new RangeHighlights();
    private final Highlighter highlighter = new Highlighter(painter, brackets::update);
    private final Gutter gutter = new Gutter(area, marks);
    private final LineBackgrounds backgrounds = new LineBackgrounds(area, marks);
    private final MarkTooltip markTooltip = new MarkTooltip(area, marks);
    private final FindBar findBar = new FindBar(area);
    private EditActions actions;
    private final DirtyTracker dirty = new DirtyTracker(area, this);
    private final EditorFont font = new EditorFont(area);
    private int lineCount = 1;

    /** An empty editor. */
    public CodeEditor() {
        createView();
        initListeners();
    }

    /** Replaces the whole text, clears undo history and marks, and marks the editor clean. */
    public void setText(String text) {
        clearMarks();
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
        dirty.markClean();
    }

    /** The current text, with {@code \n} line breaks whatever the loaded text used. */
    public String getText() {
        return area.getText();
    }

    /** Whether the text differs from what was last loaded or saved; undoing back to it makes it clean. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.dirtyProperty();
    }

    /** Records the current text as saved. */
    public void markClean() {
        dirty.markClean();
    }

    /** Shows compile diagnostics of this file: underline, tooltip, gutter marker. Replaces earlier ones. */
    public void showDiagnostics(List<Diagnostic> diagnostics) {
        String text = area.getText();
        List<Mark> next = diagnostics.stream().map(d -> MarkRanges.ofDiagnostic(d, text)).toList();
        List<Mark> old = marks.setCompile(next);
        repaintMarks(old, next);
    }

    /** Marks a runtime error at 1-based {@code line}: gutter icon, line background and hover message. */
    public void showRuntimeError(int line, String message) {
        Mark mark = MarkRanges.ofRuntime(line, message, area.getText());
        Mark replaced = marks.putRuntime(mark);
        repaintMarks(replaced == null ? List.of() : List.of(replaced), List.of(mark));
    }

    /** Removes every compile and runtime mark. */
    public void clearMarks() {
        repaintMarks(marks.clear(), List.of());
    }

    /** The 1-based lines that carry a compile mark (an error, warning or note), in order, each once. */
    public List<Integer> markedLines() {
        return linesOf(marks.compile());
    }

    /** The 1-based lines marked with a runtime error, in order, each once. */
    public List<Integer> runtimeErrorLines() {
        return linesOf(marks.runtime());
    }

    /**
     * Lays {@code styleClass} over {@code [start, end)} on top of the syntax colours, replacing that class's earlier
     * range: how tools outside the editor point at text, such as the number being scrubbed. The range moves with
     * edits until {@link #clearHighlight} removes it.
     */
    public void highlight(String styleClass, int start, int end) {
        if (start < 0 || end <= start || end > area.getLength()) {
            throw new IllegalArgumentException("Highlight " + start + ".." + end + " is not inside the text of length " + area.getLength());
        }
        painter.restyle(highlights.put(styleClass, start, end));
    }

    /** Removes the range {@link #highlight} laid with {@code styleClass}, if any. */
    public void clearHighlight(String styleClass) {
        painter.restyle(highlights.remove(styleClass));
    }

    /**
     * Moves the caret to the start of 1-based {@code line} and scrolls it to the middle of the view, so the lines
     * around it show too. Centering waits for the next layout as well, since a tab just opened or selected has not
     * been measured yet; following the caret is not asked for, as it would scroll the line back to an edge.
     */
    public void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.requestFocus();
        area.showParagraphAtCenter(paragraph);
        Platform.runLater(() -> {
            if (area.getCurrentParagraph() == paragraph) { // unless the person moved on meanwhile
                area.layout();
                area.showParagraphAtCenter(paragraph);
            }
        });
    }

    /** The underlying code area, for focus, tests and key handling. */
    public CodeArea area() {
        return area;
    }

    /** Allows or forbids editing, for read-only previews such as an old generation's source. */
    public void setEditable(boolean editable) {
        area.setEditable(editable);
    }

    /** Whether the text can be edited. */
    public boolean isEditable() {
        return area.isEditable();
    }

    /** The font size in pixels; Ctrl+=, Ctrl+- and Ctrl+0 change it, and so can the IDE (to remember it). */
    public IntegerProperty fontSizeProperty() {
        return font.sizeProperty();
    }

    /** Makes the text one pixel larger, up to a limit. */
    public void zoomIn() {
        font.zoomIn();
    }

    /** Makes the text one pixel smaller, down to a limit. */
    public void zoomOut() {
        font.zoomOut();
    }

    /** Returns the text to its default size. */
    public void resetZoom() {
        font.reset();
    }

    /** Comments the selected lines out, or back in, as Ctrl+/ does. */
    public void toggleComment() {
        actions.toggleComment();
    }

    /** Opens the find/replace bar with the focus in the replacement, as Ctrl+H does. */
    public void openReplaceBar() {
        findBar.openReplace();
    }

    /** Opens the find/replace bar, as Ctrl+F does. */
    public void openFindBar() {
        findBar.open();
    }

    /** Stops the highlighting thread; the editor keeps working, highlighting on the FX thread. */
    public void dispose() {
        highlighter.dispose();
    }

    /** Completes on the FX thread once every edit so far is highlighted; for tests and benchmarks. */
    CompletableFuture<Void> whenHighlighted() {
        return highlighter.whenSettled();
    }

    /** The gutter, for tests that look at its markers. */
    Gutter gutter() {
        return gutter;
    }

    /** The ranges laid by {@link #highlight}, for tests. */
    Collection<Overlay> highlights() {
        return highlights.all();
    }

    /** The find bar, for tests. */
    FindBar findBar() {
        return findBar;
    }

    /** The hover tooltip of marks, for tests. */
    MarkTooltip markTooltip() {
        return markTooltip;
    }

    private void createView() {
        getStyleClass().add("code-editor");
        getStylesheets().add(STYLESHEET);
        area.getStyleClass().add("code-editor-area");
        setTop(findBar);
        setCenter(new VirtualizedScrollPane<>(area));
        actions = new EditActions(area, brackets);
        actions.install();
        painter.addSource(marks);
        painter.addSource(brackets);
        painter.addSource(highlights);
    }

    private void initListeners() {
        area.multiPlainChanges().subscribe(this::textChanged);
        area.caretPositionProperty().addListener((obs, was, now) -> brackets.update());
        area.addEventFilter(ScrollEvent.SCROLL, this::zoomOnCtrlScroll);
        Nodes.addInputMap(this, InputMap.sequence(
                consume(keyPressed(KeyCode.F, SHORTCUT_DOWN), e -> findBar.open()),
                consume(keyPressed(KeyCode.H, SHORTCUT_DOWN), e -> findBar.openReplace()),
                consume(keyPressed(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_ANY), e -> zoomIn()),
                consume(keyPressed(KeyCode.PLUS, SHORTCUT_DOWN, SHIFT_ANY), e -> zoomIn()),
                consume(keyPressed(KeyCode.ADD, SHORTCUT_DOWN), e -> zoomIn()),
                consume(keyPressed(KeyCode.MINUS, SHORTCUT_DOWN), e -> zoomOut()),
                consume(keyPressed(KeyCode.SUBTRACT, SHORTCUT_DOWN), e -> zoomOut()),
                consume(keyPressed(KeyCode.DIGIT0, SHORTCUT_DOWN), e -> resetZoom()),
                consume(keyPressed(KeyCode.NUMPAD0, SHORTCUT_DOWN), e -> resetZoom())));
    }

    /** Keeps every view in step with one batch of text changes, in dependency order. */
    private void textChanged(List<PlainTextChange> changes) {
        int lines = area.getParagraphs().size();
        boolean marksDropped = false;
        for (PlainTextChange change : changes) {
            int removed = change.getRemoved().length();
            int inserted = change.getInserted().length();
            // Marks and boxes move first, so the repaint below lays them where their text now is.
            marksDropped |= marks.shift(change.getPosition(), removed, inserted);
            brackets.textChanged(change.getPosition(), removed, inserted);
            highlights.textChanged(change.getPosition(), removed, inserted);
            highlighter.textChanged(change, lines);
            backgrounds.refresh(lineOf(change.getPosition()), lineOf(change.getInsertionEnd()));
        }
        if (marksDropped) {
            gutter.refresh();
        } else if (lines != lineCount) {
            gutter.lineCountChanged();
        }
        lineCount = lines;
        dirty.textChanged();
        brackets.update();
    }

    private void repaintMarks(List<Mark> old, List<Mark> now) {
        List<Overlay> touched = new ArrayList<>();
        old.stream().map(ErrorMarks::overlayOf).forEach(touched::add);
        now.stream().map(ErrorMarks::overlayOf).forEach(touched::add);
        painter.restyle(touched);
        gutter.refresh();
        List<Mark> all = new ArrayList<>(old);
        all.addAll(now);
        backgrounds.refreshLinesOf(all);
    }

    private void zoomOnCtrlScroll(ScrollEvent e) {
        if (!e.isShortcutDown() || e.getDeltaY() == 0) {
            return;
        }
        if (e.getDeltaY() > 0) {
            zoomIn();
        } else {
            zoomOut();
        }
        e.consume();
    }

    private List<Integer> linesOf(List<Mark> list) {
        return list.stream().map(m -> lineOf(m.start()) + 1).distinct().sorted().toList();
    }

    private int lineOf(int offset) {
        return area.offsetToPosition(Math.min(offset, area.getLength()), TwoDimensional.Bias.Forward).getMajor();
    }
}
