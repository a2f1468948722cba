package dev.relive.app.history;

import dev.relive.app.diff.DiffView;
import dev.relive.app.pane.PaneHeader;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

import java.util.Objects;

/**
 * The history panel: a list of generations (newest first, the live one highlighted and kept in view, an icon for
 * each status, and on every entry a revert button, a revert-with-state button where the state is kept, and a context
 * menu with both), Revert and Purge buttons for the selection, and the diff of the selection against the live code
 * underneath. Rows are as wide as the panel: their texts are cut with an ellipsis rather than asking for a
 * horizontal scroll bar.
 */
public final class HistoryView extends BorderPane {

    /** Set on the live generation's row. */
    public static final PseudoClass LIVE = PseudoClass.getPseudoClass("live");

    private final HistoryModel model;
    private final ListView<HistoryItem> list;
    private final Button revert = new Button("Revert", new FontIcon(MaterialDesignB.BACKUP_RESTORE));
    private final Button purge = new Button("Purge", new FontIcon(MaterialDesignD.DELETE_SWEEP_OUTLINE));
    private final Label diffTitle = new Label();

    /** A view of {@code model}. */
    public HistoryView(HistoryModel model) {
        this.model = Objects.requireNonNull(model, "Model must not be null");
        this.list = new ListView<>(model.items());
        createView();
        initListeners();
    }

    /** The icon for a row of {@code kind}. */
    public static Ikon icon(HistoryItem.Kind kind) {
        return switch (kind) {
            case LIVE -> MaterialDesignA.ACCESS_POINT;
            case OK -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case PENDING -> MaterialDesignC.CLOCK_OUTLINE;
            case COMPILE_ERROR -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
            case REJECTED -> MaterialDesignC.CLOSE_OCTAGON;
            case FAULTED -> MaterialDesignF.FLASH_ALERT;
            case REVERT -> MaterialDesignB.BACKUP_RESTORE;
        };
    }

    private void createView() {
        setId("history");
        getStyleClass().add("history-view");
        getStylesheets().add(Objects.requireNonNull(HistoryView.class.getResource("history.css")).toExternalForm());

        revert.setId("revert-button");
        revert.setTooltip(new Tooltip("Run the selected generation's code again, keeping the state (Ctrl+Shift+R)"));
        purge.setId("purge-button");
        purge.setTooltip(new Tooltip("Drop every generation except the live one (Ctrl+Shift+Delete)"));
        setTop(new PaneHeader("History", MaterialDesignH.HISTORY, revert, purge));

        list.setId("history-list");
        list.getStyleClass().add("history-list");
        list.setCellFactory(v -> new ItemCell(model));
        list.setPlaceholder(new Label("No generations yet"));

        diffTitle.setId("diff-title");
        diffTitle.getStyleClass().add("diff-title");
        diffTitle.setMaxWidth(Double.MAX_VALUE);
        diffTitle.setWrapText(true);
        diffTitle.setMinHeight(Region.USE_PREF_SIZE);
        DiffView diff = new DiffView(model.diff());
        diff.setId("history-diff");
        VBox.setVgrow(diff, Priority.ALWAYS);
        VBox diffPane = new VBox(diffTitle, diff);
        diffPane.getStyleClass().add("diff-pane");

        SplitPane split = new SplitPane(list, diffPane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68); // the list matters more than the diff of one selection
        SplitPane.setResizableWithParent(diffPane, false);
        setCenter(split);
    }

    private void initListeners() {
        revert.disableProperty().bind(model.canRevertProperty().not());
        purge.disableProperty().bind(model.canPurgeProperty().not());
        diffTitle.textProperty().bind(model.diffTitleProperty());
        revert.setOnAction(e -> model.revertSelected());
        purge.setOnAction(e -> confirmPurge());
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> model.select(now));
        model.selectedProperty().addListener((obs, before, now) -> showSelected(now));
        model.liveProperty().addListener((obs, before, now) -> showLive());
    }

    /** Scrolls the live generation's row into view, as after a revert makes a new one. */
    private void showLive() {
        int at = 0;
        for (HistoryItem item : model.items()) {
            if (item.live()) {
                list.scrollTo(Math.max(0, at - 1)); // one row of context above it
                return;
            }
            at++;
        }
    }

    private void showSelected(HistoryItem item) {
        if (item == null) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(item);
        }
    }

    /** Asks before purging, since dropped generations cannot be reverted to; used by the button and the menu. */
    public void confirmPurge() {
        if (!model.canPurgeProperty().get()) {
            return;
        }
        int others = model.items().size() - 1;
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "Keep only the live generation " + model.liveProperty().get() + " and drop the other " + others
                        + "? Dropped generations cannot be reverted to.", ButtonType.OK, ButtonType.CANCEL);
        ask.setTitle("Purge history");
        ask.setHeaderText("Purge the history?");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.purge());
    }

    /**
     * One generation: status icon, title and time, changed files and timing, a revert button and a revert-with-state
     * button, and the same two in its context menu.
     */
    private static final class ItemCell extends ListCell<HistoryItem> {
        private final FontIcon icon = new FontIcon();
        private final Label title = new Label();
        private final Label clock = new Label();
        private final Label details = new Label();
        private final Label badge = new Label("LIVE");
        private final Button revert = new Button(null, new FontIcon(MaterialDesignB.BACKUP_RESTORE));
        private final Button withState = new Button(null, new FontIcon(MaterialDesignC.CAMERA_RETAKE_OUTLINE));
        private final MenuItem revertItem = new MenuItem("Revert to This Generation", new FontIcon(MaterialDesignB.BACKUP_RESTORE));
        private final MenuItem withStateItem = new MenuItem("Revert to This Generation with Its State",
                new FontIcon(MaterialDesignC.CAMERA_RETAKE_OUTLINE));
        private final HBox row;
        private final BooleanProperty stateKept = new SimpleBooleanProperty(this, "stateKept");
        private HistoryItem item;

        ItemCell(HistoryModel model) {
            getStyleClass().add("history-item");
            icon.getStyleClass().add("status-icon");
            title.getStyleClass().add("item-title");
            clock.getStyleClass().add("item-clock");
            details.getStyleClass().add("item-details");
            badge.getStyleClass().add("live-badge");
            revert.getStyleClass().addAll("item-revert", "flat");
            revert.setTooltip(new Tooltip("Revert to this generation: run its code, keeping the state"));
            revert.setOnAction(e -> model.revert(item));
            withState.getStyleClass().addAll("item-revert-state", "flat");
            withState.setOnAction(e -> model.revertWithState(item));
            revertItem.setOnAction(e -> model.revert(item));
            withStateItem.setOnAction(e -> model.revertWithState(item));
            ContextMenu menu = new ContextMenu(revertItem, withStateItem);
            setContextMenu(menu);
            menu.setOnShowing(e -> showMenuFor(item, model));
            title.setMinWidth(Region.USE_PREF_SIZE);
            details.setTextOverrun(OverrunStyle.ELLIPSIS);
            details.setMinWidth(0);
            clock.setMinWidth(0);
            HBox top = new HBox(6, title, clock, badge);
            top.setAlignment(Pos.BASELINE_LEFT);
            top.setMinWidth(0);
            VBox text = new VBox(1, top, details);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(4, icon, text, withState, revert);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0); // as wide as the list, never wider, so no horizontal scroll bar
            revert.disableProperty().bind(model.busyProperty());
            withState.disableProperty().bind(model.busyProperty().or(stateKept.not()));
        }

        private void showMenuFor(HistoryItem shown, HistoryModel model) {
            revertItem.setDisable(shown == null || !shown.revertible() || model.busyProperty().get());
            withStateItem.setDisable(shown == null || !shown.revertibleWithState() || model.busyProperty().get());
        }

        @Override
        protected void updateItem(HistoryItem value, boolean empty) {
            super.updateItem(value, empty);
            item = empty ? null : value;
            for (HistoryItem.Kind kind : HistoryItem.Kind.values()) {
                pseudoClassStateChanged(kindClass(kind), item != null && item.kind() == kind);
            }
            pseudoClassStateChanged(LIVE, item != null && item.live());
            if (item == null) {
                setGraphic(null);
                return;
            }
            icon.setIconCode(icon(item.kind()));
            title.setText(item.title());
            clock.setText(item.clock());
            details.setText(item.details());
            badge.setVisible(item.live());
            badge.setManaged(item.live());
            revert.setVisible(item.revertible());
            withState.setVisible(item.revertible());
            stateKept.set(item.revertibleWithState());
            withState.setTooltip(new Tooltip(item.revertibleWithState()
                    ? "Revert to this generation with its state: run its code with the state it had when it was replaced"
                    : "Its state is not kept: only the last few replaced generations keep theirs"));
            details.setTooltip(new Tooltip(item.details()));
            setGraphic(row);
        }

        private static PseudoClass kindClass(HistoryItem.Kind kind) {
            return PseudoClass.getPseudoClass(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }
}
