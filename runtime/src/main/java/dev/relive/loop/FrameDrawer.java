package dev.relive.loop;

import dev.relive.api.Input;
import dev.relive.api.Visual;
import dev.relive.draw.Frame;
import dev.relive.draw.FrameRecorder;
import dev.relive.draw.FrameSource;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Draws the frames of a visual sketch on the runtime thread, after each step, and publishes the latest
 * finished one: the IDE's stage pane reads {@link #latest()} on the FX thread whenever it paints, and frame
 * listeners (the CLI's PNG writer) get every frame. The surface size and the input come from the host.
 */
final class FrameDrawer implements FrameSource {

    private final FrameRecorder recorder = new FrameRecorder();
    private final List<Consumer<Frame>> listeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<Long> recent = new ArrayDeque<>();
    private volatile Frame latest = Frame.NONE;
    private volatile double width = 640;
    private volatile double height = 400;
    private volatile Input input = Input.NONE;
    private long frames;

    @Override
    public Frame latest() {
        return latest;
    }

    @Override
    public void setSize(double width, double height) {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("Canvas size must be positive, not " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
    }

    @Override
    public void setInput(Input input) {
        this.input = Objects.requireNonNull(input, "Input must not be null");
    }

    @Override
    public void addListener(Consumer<Frame> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<Frame> listener) {
        listeners.remove(listener);
    }

    /**
     * Draws one frame of {@code sketch} (generation {@code generation}) through {@code call}; {@code stepStart} is
     * when the step began. Whatever the sketch's draw throws comes out, and then no frame is published.
     */
    void draw(Visual sketch, int generation, long stepStart, Consumer<Runnable> call) {
        recorder.begin(width, height, input);
        call.accept(() -> sketch.draw(recorder));
        long now = System.nanoTime();
        recent.addLast(now);
        while (!recent.isEmpty() && now - recent.peekFirst() > 1_000_000_000L) {
            recent.removeFirst();
        }
        Frame frame = recorder.finish(++frames, generation, (now - stepStart) / 1e6, recent.size());
        latest = frame;
        for (Consumer<Frame> listener : listeners) {
            listener.accept(frame);
        }
    }
}
