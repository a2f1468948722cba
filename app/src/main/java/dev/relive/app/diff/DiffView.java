package dev.relive.app.diff;

import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

import java.util.Objects;

/**
 * A read-only, virtualized view of a diff: one row per line with both line numbers and a sign, added lines
 * and removed lines coloured through the {@code :added} and {@code :removed} pseudo-classes (see diff.css).
 */
public final class DiffView extends ListView<DiffLine> {

    /** Set on rows of added lines. */
    public static final PseudoClass ADDED = PseudoClass.getPseudoClass("added");
    /** Set on rows of removed lines. */
    public static final PseudoClass REMOVED = PseudoClass.getPseudoClass("removed");
    /** Set on file headers. */
    public static final PseudoClass HEADER = PseudoClass.getPseudoClass("header");
    /** Set on lines standing for left-out unchanged lines. */
    public static final PseudoClass GAP = PseudoClass.getPseudoClass("gap");

    /** A view showing {@code lines}, which the owning model keeps up to date. */
    public DiffView(ObservableList<DiffLine> lines) {
        super(Objects.requireNonNull(lines, "Lines must not be null"));
        createView();
    }

    private void createView() {
        getStyleClass().add("diff-view");
        getStylesheets().add(Objects.requireNonNull(DiffView.class.getResource("diff.css")).toExternalForm());
        setFocusTraversable(true);
        setCellFactory(list -> new DiffCell());
        Label placeholder = new Label("Select a generation to see how it differs from the live code");
        placeholder.getStyleClass().add("diff-placeholder");
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
    }

    /** The text a row shows: old and new line numbers, a sign, the line. */
    static String rowText(DiffLine line) {
        return switch (line.kind()) {
            case HEADER, GAP -> line.text();
            case SAME -> String.format("%4s %4s   %s", line.oldLine(), line.newLine(), line.text());
            case ADDED -> String.format("%4s %4s + %s", "", line.newLine(), line.text());
            case REMOVED -> String.format("%4s %4s - %s", line.oldLine(), "", line.text());
        };
    }

    /** One diff row. */
    private static final class DiffCell extends ListCell<DiffLine> {
        DiffCell() {
            getStyleClass().add("diff-line");
        }

        @Override
        protected void updateItem(DiffLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty || line == null ? null : rowText(line));
            pseudoClassStateChanged(ADDED, !empty && line != null && line.kind() == DiffLine.Kind.ADDED);
            pseudoClassStateChanged(REMOVED, !empty && line != null && line.kind() == DiffLine.Kind.REMOVED);
            pseudoClassStateChanged(HEADER, !empty && line != null && line.kind() == DiffLine.Kind.HEADER);
            pseudoClassStateChanged(GAP, !empty && line != null && line.kind() == DiffLine.Kind.GAP);
        }
    }
}
