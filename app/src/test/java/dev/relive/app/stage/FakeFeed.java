package dev.relive.app.stage;

import dev.relive.api.Input;
import dev.relive.draw.Frame;

import java.util.ArrayList;
import java.util.List;

/** A {@link FrameFeed} for model tests: the test sets the latest frame and reads what the stage passed on. */
final class FakeFeed implements FrameFeed {

    /** What {@link #latest()} returns. */
    Frame latest = Frame.NONE;
    /** Every size set, as "WxH". */
    final List<String> sizes = new ArrayList<>();
    /** Every input set. */
    final List<Input> inputs = new ArrayList<>();

    /** Makes frame {@code number} of generation {@code generation} the latest. */
    void draw(long number, int generation, double stepMillis, double fps) {
        latest = new Frame(number, generation, 640, 400, List.of(), stepMillis, fps);
    }

    @Override
    public Frame latest() {
        return latest;
    }

    @Override
    public void setSize(double width, double height) {
        sizes.add((int) width + "x" + (int) height);
    }

    @Override
    public void setInput(Input input) {
        inputs.add(input);
    }
}
