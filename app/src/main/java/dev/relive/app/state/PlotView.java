package dev.relive.app.state;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * A small line chart of every pinned row over the last {@value PlotModel#WINDOW_SECONDS} seconds, one colour per
 * pin, each line scaled to the shared range of all pins. Redraws when the {@link PlotModel} changes.
 */
public final class PlotView extends Pane {

    /** The pins' colours, in pin order (wrapping). */
    static final List<Color> COLOURS = List.of(Color.web("#4e9af1"), Color.web("#f18f4e"), Color.web("#5cc98a"),
            Color.web("#d36ad6"), Color.web("#e6c84a"));

    private final PlotModel model;
    private final Canvas canvas = new Canvas();
    private int drawnLines;

    /** A chart of {@code model}'s pins. */
    public PlotView(PlotModel model) {
        this.model = model;
        setId("state-plot");
        setPrefHeight(110);
        setMinHeight(90); // the rows above give way first: a pinned chart stays in sight
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        model.versionProperty().addListener((o, a, b) -> draw());
        widthProperty().addListener((o, a, b) -> draw());
        heightProperty().addListener((o, a, b) -> draw());
        visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.paths().isEmpty(),
                model.versionProperty()));
        managedProperty().bind(visibleProperty());
    }

    /** How many pins the last drawing drew a line for (two samples or more); for tests. */
    public int drawnLines() {
        return drawnLines;
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#1e1f22"));
        g.fillRect(0, 0, w, h);
        List<PlotModel.Pin> pins = model.pins();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long latest = Long.MIN_VALUE;
        for (PlotModel.Pin pin : pins) {
            for (PlotModel.Sample s : pin.samples()) {
                min = Math.min(min, s.value());
                max = Math.max(max, s.value());
                latest = Math.max(latest, s.nanos());
            }
        }
        int lines = 0;
        if (latest != Long.MIN_VALUE) {
            double span = max - min == 0 ? 1 : max - min;
            double window = PlotModel.WINDOW_SECONDS * 1e9;
            for (PlotModel.Pin pin : pins) {
                List<PlotModel.Sample> samples = pin.samples();
                Color colour = COLOURS.get(pin.colour() % COLOURS.size());
                g.setStroke(colour);
                g.setLineWidth(1.5);
                g.beginPath();
                for (int i = 0; i < samples.size(); i++) {
                    PlotModel.Sample s = samples.get(i);
                    double x = w - (latest - s.nanos()) / window * w;
                    double y = h - 14 - (s.value() - min) / span * (h - 24);
                    if (i == 0) {
                        g.moveTo(x, y);
                    } else {
                        g.lineTo(x, y);
                    }
                }
                g.stroke();
                if (samples.size() >= 2) {
                    lines++;
                }
            }
            g.setFill(Color.gray(0.7));
            g.fillText(String.format("%.4g … %.4g", min, max), 4, h - 3);
        }
        double x = 4;
        for (PlotModel.Pin pin : pins) {
            g.setFill(COLOURS.get(pin.colour() % COLOURS.size()));
            g.fillText(pin.path(), x, 12);
            x += pin.path().length() * 7 + 12;
        }
        drawnLines = lines;
    }
}
