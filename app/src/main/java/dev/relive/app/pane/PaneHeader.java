package dev.relive.app.pane;

import atlantafx.base.theme.Tweaks;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The header of a pane (console, checks, history, stage): its title with an icon on the left and the pane's own
 * controls on the right. It brings its own style, so it looks the same wherever the pane is, even in a window of its
 * own. When the pane is narrow it collapses rather than cut texts short: first, controls with an icon show only the
 * icon (their text becomes their tooltip); then the rightmost controls move into a "more" menu at the end. The title
 * always keeps its full width.
 */
public final class PaneHeader extends HBox {

    private final Label title;
    private final List<Node> controls;
    private final MenuButton more = new MenuButton(null, new FontIcon(MaterialDesignD.DOTS_VERTICAL));
    private final Map<Labeled, Double> fullWidths = new IdentityHashMap<>();
    private boolean compact;
    private int hidden;

    /** A header titled {@code title} with {@code icon}, followed at the right end by {@code controls}. */
    public PaneHeader(String title, Ikon icon, Node... controls) {
        Objects.requireNonNull(title, "Title must not be null");
        Objects.requireNonNull(icon, "Icon must not be null");
        this.title = new Label(title, new FontIcon(icon));
        this.controls = List.of(controls);
        createView();
    }

    private void createView() {
        getStyleClass().add("pane-header");
        getStylesheets().add(Objects.requireNonNull(PaneHeader.class.getResource("pane.css")).toExternalForm());
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        more.getStyleClass().addAll("pane-more", "flat", Tweaks.NO_ARROW);
        more.setTooltip(new Tooltip("More"));
        more.setVisible(false);
        more.setManaged(false);
        more.setOnShowing(e -> fillMore());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(title, spacer);
        getChildren().addAll(controls);
        getChildren().add(more);
    }

    /** Whether the controls show only their icons, for want of room. */
    public boolean isCompact() {
        return compact;
    }

    /** How many controls, counted from the right, are in the "more" menu for want of room. */
    public int hiddenCount() {
        return hidden;
    }

    @Override
    protected void layoutChildren() {
        double available = getWidth();
        double base = snappedLeftInset() + snappedRightInset() + title.prefWidth(-1) + getSpacing();
        boolean nowCompact = available < base + sum(false, controls.size());
        int nowHidden = 0;
        if (nowCompact) {
            double moreWidth = more.prefWidth(-1) + getSpacing();
            while (nowHidden < controls.size()
                    && base + sum(true, controls.size() - nowHidden) + (nowHidden > 0 ? moreWidth : 0) > available) {
                nowHidden++;
            }
        }
        if (nowCompact != compact || nowHidden != hidden) {
            compact = nowCompact;
            hidden = nowHidden;
            apply();
        }
        super.layoutChildren();
    }

    /** The width of the first {@code count} controls, with their texts or as icons only. */
    private double sum(boolean iconsOnly, int count) {
        double width = 0;
        for (int i = 0; i < count; i++) {
            width += widthOf(controls.get(i), iconsOnly) + getSpacing();
        }
        return width;
    }

    private double widthOf(Node control, boolean iconOnly) {
        if (control instanceof TextInputControl field) {
            return field.minWidth(-1); // a field shrinks down to its minimum before anything collapses
        }
        if (control instanceof Labeled labeled && collapsible(labeled)) {
            if (!compact) {
                fullWidths.put(labeled, labeled.prefWidth(-1));
            }
            return iconOnly
                    ? labeled.snappedLeftInset() + labeled.snappedRightInset() + labeled.getGraphic().prefWidth(-1)
                    : fullWidths.getOrDefault(labeled, labeled.prefWidth(-1));
        }
        return control.prefWidth(-1);
    }

    private static boolean collapsible(Labeled labeled) {
        return labeled.getGraphic() != null && labeled.getText() != null && !labeled.getText().isEmpty();
    }

    private void apply() {
        for (int i = 0; i < controls.size(); i++) {
            Node control = controls.get(i);
            boolean shown = i < controls.size() - hidden;
            control.setVisible(shown);
            control.setManaged(shown);
            if (control instanceof Labeled labeled && collapsible(labeled)) {
                labeled.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
                if (labeled.getTooltip() == null) {
                    labeled.setTooltip(new Tooltip(labeled.getText()));
                }
            }
        }
        more.setVisible(hidden > 0);
        more.setManaged(hidden > 0);
    }

    /** Fills the "more" menu with an item for each hidden button, doing what clicking the button does. */
    private void fillMore() {
        more.getItems().clear();
        for (Node control : controls.subList(controls.size() - hidden, controls.size())) {
            if (control instanceof ButtonBase button) {
                MenuItem item = button instanceof ToggleButton ? new CheckMenuItem(nameOf(button)) : new MenuItem(nameOf(button));
                if (item instanceof CheckMenuItem check) {
                    check.setSelected(((ToggleButton) button).isSelected());
                }
                item.setMnemonicParsing(false);
                item.setDisable(button.isDisabled());
                item.setOnAction(e -> button.fire());
                more.getItems().add(item);
            } else if (control instanceof Labeled label) {
                MenuItem note = new MenuItem(label.getText()); // a figure such as "60 fps": shown, not clickable
                note.setMnemonicParsing(false);
                note.setDisable(true);
                more.getItems().add(note);
            }
        }
    }

    private static String nameOf(Control control) {
        if (control instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            return labeled.getText();
        }
        return control.getTooltip() == null ? control.getId() : control.getTooltip().getText();
    }
}
