package dev.relive.app.console;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.relive.app.pane.PaneHeader;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The console pane: a header with a filter field, a follow toggle, a wrap toggle, a clear-on-each-generation toggle
 * and a clear button over a virtualized list of lines. Lines that point into the sketch are links; clicking one opens
 * the file at that line. Following new output pauses while the pointer is over the lines, so a link does not scroll
 * away under it, and catches up when the pointer leaves or following is turned back on.
 */
public final class ConsoleView extends BorderPane {

    private static final Map<ConsoleLine.Kind, PseudoClass> KINDS = new EnumMap<>(ConsoleLine.Kind.class);

    static {
        for (ConsoleLine.Kind kind : ConsoleLine.Kind.values()) {
            KINDS.put(kind, PseudoClass.getPseudoClass(kind.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** The pseudo-class a line of {@code kind} carries: {@code :out}, {@code :err}, {@code :error}, ... */
    public static PseudoClass pseudoClass(ConsoleLine.Kind kind) {
        return KINDS.get(kind);
    }

    private final ConsoleModel model;
    private final ListView<ConsoleLine> list;
    private final CustomTextField filter = new CustomTextField();
    private final ToggleButton autoScroll = new ToggleButton(null, new FontIcon(MaterialDesignF.FORMAT_VERTICAL_ALIGN_BOTTOM));
    private final ToggleButton wrap = new ToggleButton(null, new FontIcon(MaterialDesignW.WRAP));
    private final ToggleButton clearOnGeneration = new ToggleButton(null, new FontIcon(MaterialDesignE.ERASER));
    private final Button clear = new Button(null, new FontIcon(MaterialDesignN.NOTIFICATION_CLEAR_ALL));

    /** A view of {@code model}. */
    public ConsoleView(ConsoleModel model) {
        this.model = Objects.requireNonNull(model, "Model must not be null");
        this.list = new ListView<>(model.lines());
        createView();
        initListeners();
    }

    private void createView() {
        setId("console");
        getStyleClass().add("console-view");
        getStylesheets().add(Objects.requireNonNull(ConsoleView.class.getResource("console.css")).toExternalForm());

        filter.setId("console-filter");
        filter.setPromptText("Filter (Ctrl+Shift+F)");
        filter.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        filter.setTooltip(new Tooltip("Show only lines containing this text (Ctrl+Shift+F)"));
        autoScroll.setId("console-autoscroll");
        autoScroll.setTooltip(new Tooltip("Follow new output (Ctrl+Shift+L)"));
        autoScroll.setSelected(model.autoScrollProperty().get());
        wrap.setId("console-wrap");
        wrap.setTooltip(new Tooltip("Wrap long lines at the console's width"));
        wrap.setSelected(model.wrapProperty().get());
        clearOnGeneration.setId("console-clear-on-generation");
        clearOnGeneration.setTooltip(new Tooltip("Clear the console whenever a new generation starts"));
        clearOnGeneration.setSelected(model.clearOnGenerationProperty().get());
        clear.setId("console-clear");
        for (javafx.scene.control.ButtonBase button : List.of(autoScroll, wrap, clearOnGeneration, clear)) {
            button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.SMALL); // narrow, so the filter keeps its room
        }
        clear.setTooltip(new Tooltip("Clear the console (Ctrl+L)"));
        setTop(new PaneHeader("Console", MaterialDesignC.CONSOLE, filter, autoScroll, wrap, clearOnGeneration, clear));

        list.setId("console-lines");
        list.getStyleClass().add("console-lines");
        list.setCellFactory(v -> new LineCell(model));
        list.setPlaceholder(new Label("Sketch output appears here"));
        setCenter(list);
    }

    private void initListeners() {
        filter.textProperty().addListener((obs, before, now) -> model.setFilter(now));
        autoScroll.setOnAction(e -> model.setAutoScroll(autoScroll.isSelected()));
        model.autoScrollProperty().addListener((obs, before, now) -> autoScroll.setSelected(now));
        clearOnGeneration.setOnAction(e -> model.setClearOnGeneration(clearOnGeneration.isSelected()));
        model.clearOnGenerationProperty().addListener((obs, before, now) -> clearOnGeneration.setSelected(now));
        wrap.setOnAction(e -> model.setWrap(wrap.isSelected()));
        model.wrapProperty().addListener((obs, before, now) -> {
            wrap.setSelected(now);
            list.refresh(); // every cell lays its line out again
        });
        model.autoScrollProperty().addListener((obs, before, now) -> followIfWanted());
        list.hoverProperty().addListener((obs, before, now) -> followIfWanted());
        clear.setOnAction(e -> model.clear());
        model.lines().addListener((ListChangeListener<ConsoleLine>) change -> followIfWanted());
    }

    private void followIfWanted() {
        if (model.autoScrollProperty().get() && !list.isHover() && !model.lines().isEmpty()) {
            list.scrollTo(model.lines().size() - 1);
        }
    }

    /** Puts the caret in the filter field. */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** One console line: plain text, or a link when it points into the sketch. */
    private static final class LineCell extends ListCell<ConsoleLine> {
        /** The list's width besides a wrapped line: the cell's padding, the vertical scroll bar and borders. */
        private static final double WRAP_INSET = 36;

        private final ConsoleModel model;
        private final Label text = new Label();
        private final Hyperlink link = new Hyperlink();
        private ConsoleLine line;

        LineCell(ConsoleModel model) {
            this.model = model;
            getStyleClass().add("console-line");
            text.getStyleClass().add("line-text");
            link.getStyleClass().add("source-link");
            link.setOnAction(e -> model.open(line));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        /**
         * Wrapped, the line is as wide as the list and as tall as its text; unwrapped, one row as wide as its text,
         * with the list scrolling sideways. The text is a label of its own because a list cell's own text does not
         * wrap to the list's width.
         */
        private void layOut(Labeled shown) {
            boolean wrapped = model.wrapProperty().get();
            shown.setWrapText(wrapped);
            shown.prefWidthProperty().unbind();
            if (wrapped && getListView() != null) {
                shown.prefWidthProperty().bind(getListView().widthProperty().subtract(WRAP_INSET));
                shown.setMinHeight(Region.USE_PREF_SIZE);
                setPrefWidth(0); // never wider than the list
            } else {
                shown.setPrefWidth(Region.USE_COMPUTED_SIZE);
                shown.setMinHeight(Region.USE_COMPUTED_SIZE);
                setPrefWidth(Region.USE_COMPUTED_SIZE);
            }
        }

        @Override
        protected void updateItem(ConsoleLine item, boolean empty) {
            super.updateItem(item, empty);
            line = empty ? null : item;
            for (ConsoleLine.Kind kind : ConsoleLine.Kind.values()) {
                pseudoClassStateChanged(KINDS.get(kind), line != null && line.kind() == kind);
            }
            setText(null);
            if (line == null) {
                setGraphic(null);
                return;
            }
            Labeled shown = line.link().isPresent() ? link : text;
            shown.setText(line.display());
            link.setVisited(false);
            layOut(shown);
            setGraphic(shown);
        }
    }
}
