package dev.relive.app.assist;

import dev.relive.analysis.Completion;
import dev.relive.analysis.Completions;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The completion list under the caret. It keeps the suggestions of one request and filters them as the prefix grows
 * or shrinks; the editor's key filter moves the selection and accepts. FX thread only.
 */
final class CompletionPopup {

    private static final String STYLESHEET = Objects.requireNonNull(
            CompletionPopup.class.getResource("assist.css"), "assist.css must sit next to the assist classes").toExternalForm();
    private static final int MAX_SHOWN = 200;
    private static final double ROW = 24;
    private static final int ROWS_VISIBLE = 10;

    private final CodeArea area;
    private final Popup popup = new Popup();
    private final ListView<Completion> list = new ListView<>();
    private Completions completions = Completions.none(0);

    CompletionPopup(CodeArea area, Consumer<Completion> accept) {
        this.area = area;
        list.setId("completion-list");
        list.getStyleClass().add("completion-list");
        list.getStylesheets().add(STYLESHEET);
        list.setFixedCellSize(ROW);
        list.setPrefWidth(560);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new Cell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                accept.accept(selected());
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
    }

    /** Shows {@code found} filtered by {@code prefix}; hides instead when nothing matches. */
    void show(Completions found, String prefix) {
        completions = found;
        if (!filter(prefix)) {
            return;
        }
        Bounds caret = area.getCaretBounds().orElse(null);
        if (caret == null) {
            return;
        }
        if (!popup.isShowing()) {
            popup.show(area, caret.getMinX(), caret.getMaxY() + 2);
        } else {
            popup.setAnchorX(caret.getMinX());
            popup.setAnchorY(caret.getMaxY() + 2);
        }
    }

    /** Filters by {@code prefix}; hides and returns false when nothing matches. */
    boolean filter(String prefix) {
        List<Completion> matching = completions.filter(prefix);
        if (matching.isEmpty()) {
            hide();
            return false;
        }
        list.getItems().setAll(matching.subList(0, Math.min(MAX_SHOWN, matching.size())));
        list.setPrefHeight(Math.min(ROWS_VISIBLE, list.getItems().size()) * ROW + 4);
        list.getSelectionModel().select(0);
        list.scrollTo(0);
        return true;
    }

    /** Where the prefix being completed starts. */
    int start() {
        return completions.start();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }

    /** Moves the selection by {@code delta} rows, staying in the list. */
    void move(int delta) {
        int next = Math.max(0, Math.min(list.getItems().size() - 1, list.getSelectionModel().getSelectedIndex() + delta));
        list.getSelectionModel().select(next);
        list.scrollTo(Math.max(0, next - 3));
    }

    /** The selected suggestion, or null. */
    Completion selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** The suggestions shown, for tests. */
    List<Completion> shown() {
        return List.copyOf(list.getItems());
    }

    /** One row: the label, and its type or where it comes from on the right. */
    private static final class Cell extends ListCell<Completion> {
        private final Label label = new Label();
        private final Label detail = new Label();
        private final Region gap = new Region();
        private final HBox row = new HBox(8, label, gap, detail);

        Cell() {
            HBox.setHgrow(gap, Priority.ALWAYS);
            label.getStyleClass().add("completion-label");
            detail.getStyleClass().add("completion-detail");
        }

        @Override
        protected void updateItem(Completion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            label.setText(item.label());
            detail.setText(item.importName().isEmpty() ? item.detail() : item.detail() + " (import)");
            getStyleClass().removeIf(c -> c.startsWith("completion-kind-"));
            getStyleClass().add("completion-kind-" + item.kind().name().toLowerCase(java.util.Locale.ROOT));
            setGraphic(row);
        }
    }
}
