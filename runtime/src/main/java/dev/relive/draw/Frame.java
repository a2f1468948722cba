package dev.relive.draw;

import java.util.List;

/**
 * One finished frame: what a visual sketch drew after one step, with the figures the stage pane shows.
 *
 * @param number     frames drawn so far by this engine, from 1
 * @param generation the generation that drew it
 * @param width      the surface width
 * @param height     the surface height
 * @param ops        the drawing operations, in order
 * @param stepMillis how long the step and the drawing took
 * @param fps        frames per second, averaged over the last second
 */
public record Frame(long number, int generation, double width, double height, List<DrawOp> ops, double stepMillis,
                    double fps) {

    /** No frame yet. */
    public static final Frame NONE = new Frame(0, 0, 0, 0, List.of(), 0, 0);

    public Frame {
        ops = List.copyOf(ops);
    }
}
