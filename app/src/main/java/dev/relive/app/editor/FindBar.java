package dev.relive.app.editor;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The find/replace bar shown above the text by Ctrl+F (or Ctrl+H, with the focus in the replacement). Typing
 * searches as you type from where the caret was; Enter and Shift+Enter step through the matches, Esc closes the bar
 * and returns to the text. Replace-all is one edit, so one undo restores everything. Find and replace are two rows,
 * so every button keeps its label in a narrow editor; the fields give way first.
 */
final class FindBar extends VBox {

    private final CodeArea area;
    private final FindModel model = new FindModel();
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final Label status = new Label();
    private final ToggleButton matchCase = new ToggleButton();
    private int origin;

    FindBar(CodeArea area) {
        this.area = area;
        createView();
        initListeners();
        setOpen(false);
    }

    /** Shows the bar with the focus in the query, seeded with the selection when it is a single line. */
    void open() {
        String selected = area.getSelectedText();
        origin = area.getSelection().getStart();
        setOpen(true);
        if (!selected.isEmpty() && !selected.contains("\n")) {
            findField.setText(selected);
        }
        research();
        findField.requestFocus();
        findField.selectAll();
    }

    /** Shows the bar like {@link #open()}, with the focus in the replacement field. */
    void openReplace() {
        open();
        replaceField.requestFocus();
        replaceField.selectAll();
    }

    /** Hides the bar and gives the focus back to the text. */
    void close() {
        setOpen(false);
        area.requestFocus();
    }

    /** Whether the bar is showing. */
    boolean isOpen() {
        return isVisible();
    }

    /** Selects the next match after the selection, wrapping around. */
    void findNext() {
        research();
        select(model.next(area.getSelection().getEnd()));
    }

    /** Selects the previous match before the selection, wrapping around. */
    void findPrevious() {
        research();
        select(model.previous(area.getSelection().getStart()));
    }

    /** Replaces the selected match and moves to the next one; just finds the next one if none is selected. */
    void replace() {
        research();
        IndexRange selection = area.getSelection();
        if (model.matchAt(selection.getStart(), selection.getEnd()) == null) {
            findNext();
            return;
        }
        String replacement = replaceField.getText();
        area.replaceText(selection.getStart(), selection.getEnd(), replacement);
        research();
        select(model.next(selection.getStart() + replacement.length()));
    }

    /** Replaces every match in one edit. */
    void replaceAll() {
        research();
        FindModel.Replacement replacement = model.replaceAll(area.getText(), replaceField.getText());
        if (replacement == null) {
            return;
        }
        area.replaceText(replacement.start(), replacement.end(), replacement.text());
        model.reportReplaced(replacement.count());
    }

    private void createView() {
        getStyleClass().add("find-bar");
        setSpacing(4);
        findField.setId("find-field");
        findField.setPromptText("Find");
        findField.setPrefColumnCount(18);
        replaceField.setId("replace-field");
        replaceField.setPromptText("Replace");
        replaceField.setPrefColumnCount(14);
        status.setId("find-status");
        status.getStyleClass().add("find-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        matchCase.setId("match-case");
        decorate(matchCase, MaterialDesignF.FORMAT_LETTER_CASE, "Match case");
        Button previous = button("find-previous", MaterialDesignA.ARROW_UP, "Previous match (Shift+Enter)");
        Button next = button("find-next", MaterialDesignA.ARROW_DOWN, "Next match (Enter)");
        Button replaceOne = new Button("Replace");
        replaceOne.setId("replace-one");
        replaceOne.setMinWidth(Region.USE_PREF_SIZE);
        Button replaceEvery = new Button("Replace all");
        replaceEvery.setId("replace-all");
        replaceEvery.setMinWidth(Region.USE_PREF_SIZE);
        Button close = button("find-close", MaterialDesignC.CLOSE, "Close (Esc)");
        for (TextField field : new TextField[] {findField, replaceField}) {
            field.setMinWidth(80);
            field.setMaxWidth(360);
            HBox.setHgrow(field, Priority.ALWAYS);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        FontIcon magnify = new FontIcon(MaterialDesignM.MAGNIFY);
        magnify.getStyleClass().add("find-icon");
        FontIcon swap = new FontIcon(MaterialDesignF.FIND_REPLACE);
        swap.getStyleClass().add("find-icon");
        HBox findRow = new HBox(6, magnify, findField, status, previous, next, matchCase, spacer, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        HBox replaceRow = new HBox(6, swap, replaceField, replaceOne, replaceEvery);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(findRow, replaceRow);

        previous.setOnAction(e -> findPrevious());
        next.setOnAction(e -> findNext());
        replaceOne.setOnAction(e -> replace());
        replaceEvery.setOnAction(e -> replaceAll());
        close.setOnAction(e -> close());
    }

    private void initListeners() {
        model.queryProperty().bind(findField.textProperty());
        model.matchCaseProperty().bind(matchCase.selectedProperty());
        status.textProperty().bind(model.statusProperty());
        findField.textProperty().addListener((obs, was, now) -> searchAsYouType());
        matchCase.selectedProperty().addListener((obs, was, now) -> searchAsYouType());
        area.plainTextChanges().subscribe(change -> {
            if (isOpen()) {
                research();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == findField) {
            if (e.isShiftDown()) {
                findPrevious();
            } else {
                findNext();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == replaceField) {
            replace();
            e.consume();
        }
    }

    private void searchAsYouType() {
        research();
        if (findField.getText().isEmpty()) {
            area.moveTo(origin);
        } else {
            select(model.next(origin));
        }
    }

    /** Re-finds the matches in the current text, keeping the selected match current. */
    private void research() {
        model.search(area.getText());
        IndexRange selection = area.getSelection();
        model.matchAt(selection.getStart(), selection.getEnd());
    }

    private void select(FindModel.Match match) {
        if (match != null) {
            area.selectRange(match.start(), match.end());
            area.requestFollowCaret();
        }
    }

    private void setOpen(boolean open) {
        setVisible(open);
        setManaged(open);
    }

    private static Button button(String id, Ikon icon, String tip) {
        Button button = new Button();
        button.setId(id);
        decorate(button, icon, tip);
        return button;
    }

    private static void decorate(ButtonBase button, Ikon icon, String tip) {
        button.setGraphic(new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
    }
}
