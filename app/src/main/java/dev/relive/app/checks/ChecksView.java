package dev.relive.app.checks;

import dev.relive.app.pane.PaneHeader;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.Objects;

/**
 * The checks view: a header with the "hold swap on failing checks" switch, a line saying how the newest checked
 * generation fared, and its results, each with a pass or fail icon, its message and, for a failure, a link that opens
 * the file at the failing line.
 */
public final class ChecksView extends BorderPane {

    /** Set on a result row, and on the summary, when a check failed. */
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    /** Set on a result row, and on the summary, when every check passed. */
    public static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");

    private final ChecksModel model;
    private final ListView<CheckItem> list;
    private final ToggleButton hold = new ToggleButton("Hold swap", new FontIcon(MaterialDesignS.SHIELD_CHECK_OUTLINE));
    private final Label summary = new Label();

    /** A view of {@code model}. */
    public ChecksView(ChecksModel model) {
        this.model = Objects.requireNonNull(model, "Model must not be null");
        this.list = new ListView<>(model.items());
        createView();
        initListeners();
    }

    private void createView() {
        setId("checks");
        getStyleClass().add("checks-view");
        getStylesheets().add(Objects.requireNonNull(ChecksView.class.getResource("checks.css")).toExternalForm());

        hold.setId("checks-hold");
        hold.getStyleClass().add("small");
        hold.setSelected(model.holdProperty().get());
        hold.setTooltip(new Tooltip("Hold swap on failing checks: while a @Check fails, the new code waits and the"
                + " old code keeps running"));
        summary.setId("checks-summary");
        summary.getStyleClass().add("checks-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        setTop(new VBox(new PaneHeader("Checks", MaterialDesignP.PLAYLIST_CHECK, hold), summary));

        list.setId("checks-list");
        list.getStyleClass().add("checks-list");
        list.setCellFactory(v -> new ItemCell(model, list));
        Label placeholder = new Label("No checks yet. A method marked @Check runs after every compile,"
                + " before the new code goes live; it fails by throwing or returning false.");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("checks-placeholder");
        list.setPlaceholder(placeholder);
        setCenter(list);
    }

    private void initListeners() {
        hold.setOnAction(e -> model.setHold(hold.isSelected()));
        model.holdProperty().addListener((obs, before, now) -> hold.setSelected(now));
        summary.textProperty().bind(model.summaryProperty());
        summary.visibleProperty().bind(model.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        model.failedProperty().addListener((obs, before, now) -> showVerdict());
        model.items().addListener((ListChangeListener<CheckItem>) change -> showVerdict());
        showVerdict();
    }

    private void showVerdict() {
        boolean anyFailed = model.failedProperty().get() > 0;
        summary.pseudoClassStateChanged(FAILED, anyFailed);
        summary.pseudoClassStateChanged(PASSED, !anyFailed && !model.items().isEmpty());
    }

    /** One result: icon, then name, message and a link to the failing line under each other. */
    private static final class ItemCell extends ListCell<CheckItem> {
        /** The row's width besides its texts: the icon, the gap, the cell's padding and a scroll bar. */
        private static final double TEXT_INSET = 64;

        private final FontIcon icon = new FontIcon();
        private final Label name = new Label();
        private final Label message = new Label();
        private final Hyperlink link = new Hyperlink();
        private final HBox row;
        private CheckItem item;

        ItemCell(ChecksModel model, ListView<CheckItem> list) {
            getStyleClass().add("check-item");
            icon.getStyleClass().add("check-icon");
            name.getStyleClass().add("check-name");
            name.setWrapText(true);
            message.getStyleClass().add("check-message");
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE); // all its lines, not one cut short
            link.getStyleClass().add("source-link");
            link.setOnAction(e -> model.open(item));
            // A width of their own lets the texts wrap and the row grow to fit them, instead of widening the list.
            DoubleBinding textWidth = list.widthProperty().subtract(TEXT_INSET);
            name.prefWidthProperty().bind(textWidth);
            message.prefWidthProperty().bind(textWidth);
            VBox text = new VBox(1, name, message, link);
            text.setAlignment(Pos.TOP_LEFT);
            row = new HBox(8, icon, text);
            row.setAlignment(Pos.TOP_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CheckItem value, boolean empty) {
            super.updateItem(value, empty);
            item = empty ? null : value;
            pseudoClassStateChanged(PASSED, item != null && item.passed());
            pseudoClassStateChanged(FAILED, item != null && !item.passed());
            if (item == null) {
                setGraphic(null);
                return;
            }
            icon.setIconCode(item.passed() ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignC.CLOSE_CIRCLE);
            name.setText(item.name());
            message.setText(item.message());
            message.setVisible(!item.message().isEmpty());
            message.setManaged(!item.message().isEmpty());
            link.setText(item.link().map(Object::toString).orElse(""));
            link.setVisible(item.link().isPresent());
            link.setManaged(item.link().isPresent());
            link.setVisited(false);
            setGraphic(row);
        }
    }
}
