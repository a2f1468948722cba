package dev.relive.app.stage;

import dev.relive.draw.Frame;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the stage shows and where it is. {@link #poll(long)}, called on every pulse, hands out the latest finished
 * frame only when it is one not shown yet, so the window repaints exactly as often as the sketch draws; the figures
 * it shows (frames per second, time per step) change at most four times a second, so they stay readable. The stage
 * sits in the main window, in its own window, or full screen for a performance; leaving full screen goes back to
 * where it was. Holds no nodes.
 */
public final class StageModel {

    /** How long the figures stay before they change, in nanoseconds. */
    static final long FIGURES_EVERY_NANOS = 250_000_000L;

    private final FrameFeed feed;
    private final StageInput input;
    private final ReadOnlyLongWrapper frameNumber = new ReadOnlyLongWrapper(this, "frameNumber");
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper(this, "generation");
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper(this, "figures", "");
    private final ReadOnlyBooleanWrapper detached = new ReadOnlyBooleanWrapper(this, "detached");
    private final ReadOnlyBooleanWrapper fullScreen = new ReadOnlyBooleanWrapper(this, "fullScreen");
    private final ReadOnlyBooleanWrapper ownWindow = new ReadOnlyBooleanWrapper(this, "ownWindow");
    private Frame shown = Frame.NONE;
    private long figuresAt;

    /** A stage showing the frames of {@code feed} and passing it the stage's size and input. */
    public StageModel(FrameFeed feed) {
        this.feed = Objects.requireNonNull(feed, "Feed must not be null");
        this.input = new StageInput(feed::setInput);
        ownWindow.bind(detached.or(fullScreen));
    }

    /** The mouse and keys over the stage, passed on to the sketch. */
    public StageInput input() {
        return input;
    }

    /** The number of the frame shown, 0 before the sketch drew any. */
    public ReadOnlyLongProperty frameNumberProperty() {
        return frameNumber.getReadOnlyProperty();
    }

    /** The generation that drew the frame shown, 0 before any. */
    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    /** Frames per second and time per step, such as "60 fps · 0.42 ms a step"; empty before any frame. */
    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Whether the stage is in its own window (full screen or not) rather than in the main window. */
    public ReadOnlyBooleanProperty ownWindowProperty() {
        return ownWindow.getReadOnlyProperty();
    }

    /** Whether a person put the stage in its own window. */
    public ReadOnlyBooleanProperty detachedProperty() {
        return detached.getReadOnlyProperty();
    }

    /** Whether the stage fills the screen. */
    public ReadOnlyBooleanProperty fullScreenProperty() {
        return fullScreen.getReadOnlyProperty();
    }

    /** The frame shown last, or {@link Frame#NONE}; repainted as it is when the canvas changes size. */
    public Frame shown() {
        return shown;
    }

    /**
     * The latest finished frame if it is not the one shown already, and then it counts as shown; empty otherwise.
     * {@code nanos} is the pulse's time, which paces the figures.
     */
    public Optional<Frame> poll(long nanos) {
        Frame latest = feed.latest();
        if (latest.number() == shown.number()) {
            return Optional.empty();
        }
        shown = latest;
        frameNumber.set(latest.number());
        generation.set(latest.generation());
        if (figures.get().isEmpty() || nanos - figuresAt >= FIGURES_EVERY_NANOS) {
            figuresAt = nanos;
            figures.set(figures(latest));
        }
        return Optional.of(latest);
    }

    /** The stage is now {@code width} × {@code height}; the sketch draws its next frames at that size. */
    public void resize(double width, double height) {
        if (width >= 1 && height >= 1 && Double.isFinite(width) && Double.isFinite(height)) {
            feed.setSize(width, height); // a collapsed or hidden stage keeps the last real size
        }
    }

    /** Puts the stage in its own window, or back in the main window. */
    public void toggleDetached() {
        detached.set(!detached.get());
        if (!detached.get()) {
            fullScreen.set(false);
        }
    }

    /** Makes the stage fill the screen, or leaves full screen. */
    public void toggleFullScreen() {
        fullScreen.set(!fullScreen.get());
    }

    /** Full screen was left (Esc): the stage goes back to its own window, or into the main window if it came from there. */
    public void fullScreenLeft() {
        fullScreen.set(false);
    }

    /** Puts the stage back into the main window, as when its own window is closed. */
    public void attach() {
        fullScreen.set(false);
        detached.set(false);
    }

    /** "60 fps · 0.42 ms a step". */
    static String figures(Frame frame) {
        return String.format(Locale.ROOT, "%.0f fps · %.2f ms a step", frame.fps(), frame.stepMillis());
    }
}
