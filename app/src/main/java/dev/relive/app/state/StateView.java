package dev.relive.app.state;

import dev.relive.app.pane.PaneHeader;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

import java.util.Objects;

/**
 * The State pane: one line per row (an arrow to expand, name, type, value), a value that changed since the last
 * refresh flashes, a double-click on an editable value edits it in place (Enter applies, Escape cancels), and the
 * chart button pins a numeric row to the {@link PlotView} below. Refreshes ten times a second while shown and not
 * being edited.
 */
public final class StateView extends BorderPane {

    /** Set on a row whose value changed at the last refresh. */
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    /** How often the shown rows are read. */
    static final Duration REFRESH = Duration.millis(100);

    private final StateModel model;
    private final ListView<StateRow> list = new ListView<>();
    private final Label problem = new Label();
    private final Timeline timer;
    private boolean editing;

    /** A view of {@code model}. */
    public StateView(StateModel model) {
        this.model = Objects.requireNonNull(model, "Model must not be null");
        setId("state-pane");
        getStylesheets().add(Objects.requireNonNull(StateView.class.getResource("state.css")).toExternalForm());
        setTop(new PaneHeader("State", MaterialDesignV.VARIABLE));
        list.setId("state-rows");
        list.setItems(model.rows());
        list.setCellFactory(v -> new RowCell());
        list.setPlaceholder(new Label("the sketch's fields show here while it runs"));
        problem.setId("state-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        setCenter(new VBox(list, problem, new PlotView(model.plots())));
        timer = new Timeline(new KeyFrame(REFRESH, e -> tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                timer.stop();
            } else {
                timer.play();
            }
        });
    }

    /** The chart of pinned rows. */
    public PlotView plot() {
        return (PlotView) ((VBox) getCenter()).getChildren().get(2);
    }

    private void tick() {
        if (!editing && isVisible() && getWidth() > 0 && getHeight() > 0) {
            model.refresh();
        }
    }

    /** One row: indent, arrow, name, type, value (editable in place), pin button. */
    private final class RowCell extends ListCell<StateRow> {
        private final Region indent = new Region();
        private final Label arrow = new Label();
        private final Label name = new Label();
        private final Label type = new Label();
        private final Label value = new Label();
        private final Button pin = new Button(null, new FontIcon(MaterialDesignC.CHART_LINE));
        private final HBox box;

        RowCell() {
            arrow.getStyleClass().add("state-arrow");
            arrow.setMinWidth(14);
            name.getStyleClass().add("state-name");
            type.getStyleClass().add("state-type");
            value.getStyleClass().add("state-value");
            pin.getStyleClass().addAll("flat", "state-pin");
            pin.setTooltip(new Tooltip("Pin to the chart"));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            box = new HBox(4, indent, arrow, name, type, gap, value, pin);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPadding(new Insets(0, 2, 0, 2));
            arrow.setOnMouseClicked(e -> toggle());
            name.setOnMouseClicked(e -> toggle());
            value.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null && getItem().editable()) {
                    edit(getItem());
                }
            });
            pin.setOnAction(e -> {
                if (getItem() != null) {
                    model.togglePin(getItem().path());
                }
            });
        }

        private void toggle() {
            if (getItem() != null && getItem().expandable()) {
                model.toggle(getItem().path());
            }
        }

        private void edit(StateRow row) {
            editing = true;
            TextField field = new TextField(row.value().startsWith("\"") && row.value().endsWith("\"")
                    ? row.value().substring(1, row.value().length() - 1) : row.value());
            field.setId("state-editor");
            field.setPrefColumnCount(8);
            box.getChildren().set(5, field);
            field.setOnKeyPressed(k -> {
                if (k.getCode() == KeyCode.ENTER) {
                    model.edit(row.path(), field.getText());
                    finish(field);
                } else if (k.getCode() == KeyCode.ESCAPE) {
                    finish(field);
                }
            });
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    finish(field);
                }
            });
            field.requestFocus();
            field.selectAll();
        }

        private void finish(TextField field) {
            if (box.getChildren().get(5) == field) {
                box.getChildren().set(5, value);
            }
            editing = false;
        }

        @Override
        protected void updateItem(StateRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                pseudoClassStateChanged(CHANGED, false);
                return;
            }
            setId("state-row-" + row.path());
            indent.setMinWidth(row.depth() * 14);
            arrow.setText(row.expandable() ? (row.expanded() ? "▾" : "▸") : "");
            name.setText(row.name());
            type.setText(row.type());
            value.setText(row.value());
            value.setTooltip(row.editable() ? new Tooltip("Double-click to edit") : null);
            pin.setVisible(row.numeric());
            pin.setManaged(row.numeric());
            pseudoClassStateChanged(CHANGED, row.changed());
            setText(null);
            setGraphic(box);
        }
    }
}
