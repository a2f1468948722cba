package dev.relive.app.state;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pinned rows and their last {@value #WINDOW_SECONDS} seconds of samples, each pin with its own colour index.
 * Pins are paths, so they survive swaps. FX thread only.
 */
public final class PlotModel {

    /** How much history a pin keeps. */
    public static final int WINDOW_SECONDS = 10;

    /** One sample: when (ns) and the value. */
    public record Sample(long nanos, double value) {
    }

    /** A pinned row: its path, colour index and samples, oldest first. */
    public record Pin(String path, int colour, List<Sample> samples) {
    }

    private final Map<String, Deque<Sample>> pins = new LinkedHashMap<>();
    private final Map<String, Integer> colours = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version");
    private int nextColour;

    /** Pins {@code path}, or unpins it when pinned. */
    public void toggle(String path) {
        if (pins.remove(path) != null) {
            colours.remove(path);
        } else {
            pins.put(path, new ArrayDeque<>());
            colours.put(path, nextColour++);
        }
        version.set(version.get() + 1);
    }

    /** Whether {@code path} is pinned. */
    public boolean pinned(String path) {
        return pins.containsKey(path);
    }

    /** The pinned paths, in pin order. */
    public List<String> paths() {
        return List.copyOf(pins.keySet());
    }

    /** Records {@code value} of {@code path} at {@code nanos}, dropping samples older than the window. */
    public void sample(String path, long nanos, double value) {
        Deque<Sample> samples = pins.get(path);
        if (samples == null) {
            return;
        }
        samples.addLast(new Sample(nanos, value));
        long oldest = nanos - WINDOW_SECONDS * 1_000_000_000L;
        while (!samples.isEmpty() && samples.peekFirst().nanos() < oldest) {
            samples.removeFirst();
        }
        version.set(version.get() + 1);
    }

    /** Every pin with a copy of its samples. */
    public List<Pin> pins() {
        List<Pin> out = new ArrayList<>();
        pins.forEach((path, samples) -> out.add(new Pin(path, colours.get(path), List.copyOf(samples))));
        return out;
    }

    /** Goes up whenever pins or samples change, for the chart to redraw. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }
}
