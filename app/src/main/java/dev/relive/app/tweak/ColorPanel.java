package dev.relive.app.tweak;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.Objects;

/**
 * The content of the colour popup: a preview with the hex code (type one and press Enter), a row of preset
 * colours, and sliders for hue, saturation, brightness and, for colours written with alpha, opacity. A thin view
 * of a {@link ColorChoice}: every control edits the choice, and the preview follows it.
 */
public final class ColorPanel extends VBox {

    /** Set on the hex field while its text is no colour. */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final int PRESETS_PER_ROW = 8;

    private final ColorChoice choice;
    private final Region preview = new Region();
    private final TextField hex = new TextField();

    /** A panel editing {@code choice}. */
    public ColorPanel(ColorChoice choice) {
        this.choice = Objects.requireNonNull(choice, "Choice must not be null");
        createView();
        initListeners();
    }

    private void createView() {
        setId("color-panel");
        getStyleClass().add("color-panel");
        getStylesheets().add(Objects.requireNonNull(ColorPanel.class.getResource("tweak.css")).toExternalForm());
        preview.getStyleClass().add("color-preview");
        hex.setId("color-hex");
        hex.getStyleClass().add("color-hex");
        hex.setPrefColumnCount(9);
        HBox top = new HBox(8, preview, hex);
        top.setAlignment(Pos.CENTER_LEFT);
        GridPane sliders = new GridPane();
        sliders.getStyleClass().add("color-sliders");
        addSlider(sliders, 0, "Hue", "color-hue", 360, choice.hueProperty());
        addSlider(sliders, 1, "Saturation", "color-saturation", 1, choice.saturationProperty());
        addSlider(sliders, 2, "Brightness", "color-brightness", 1, choice.brightnessProperty());
        if (choice.withAlpha()) {
            addSlider(sliders, 3, "Opacity", "color-opacity", 1, choice.opacityProperty());
        }
        getChildren().setAll(top, presets(), sliders);
        showChosen();
    }

    private void initListeners() {
        choice.argbProperty().addListener((obs, was, now) -> showChosen());
        hex.setOnAction(e -> hex.pseudoClassStateChanged(INVALID, !choice.selectHex(hex.getText())));
    }

    private GridPane presets() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("color-presets");
        for (int i = 0; i < ColorChoice.PRESETS.size(); i++) {
            int argb = ColorChoice.PRESETS.get(i);
            Button preset = new Button();
            preset.setId("color-preset-" + i);
            preset.getStyleClass().add("color-preset");
            preset.setFocusTraversable(false);
            preset.setStyle("-fx-background-color: " + css(argb) + ";");
            preset.setOnAction(e -> choice.select(argb));
            grid.add(preset, i % PRESETS_PER_ROW, i / PRESETS_PER_ROW);
        }
        return grid;
    }

    private static void addSlider(GridPane grid, int row, String name, String id, double max,
                                  javafx.beans.property.DoubleProperty value) {
        Slider slider = new Slider(0, max, value.get());
        slider.setId(id);
        slider.valueProperty().bindBidirectional(value);
        Label label = new Label(name);
        label.getStyleClass().add("color-slider-label");
        grid.addRow(row, label, slider);
    }

    private void showChosen() {
        preview.setStyle("-fx-background-color: " + css(choice.argbProperty().get()) + ";");
        hex.setText(choice.hex());
        hex.pseudoClassStateChanged(INVALID, false);
    }

    private static String css(int argb) {
        return String.format(Locale.ROOT, "rgba(%d, %d, %d, %.3f)",
                (argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
