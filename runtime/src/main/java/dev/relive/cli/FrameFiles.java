package dev.relive.cli;

import dev.relive.draw.Frame;
import dev.relive.draw.PngRenderer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Saves every Nth frame of a visual sketch as {@code frame-000123.png} for {@code --frames DIR}. Encoding runs on
 * one named daemon thread with a short queue: when the disk is slower than the sketch, frames are skipped rather
 * than slowing the runtime thread down.
 */
final class FrameFiles implements AutoCloseable {

    private final Path folder;
    private final int every;
    private final Consumer<String> problems;
    private final ThreadPoolExecutor writer;
    private volatile boolean failed;

    FrameFiles(Path folder, int every, Consumer<String> problems) {
        this.folder = folder;
        this.every = every;
        this.problems = problems;
        this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4), r -> {
            Thread t = new Thread(r, "relive-frames");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Called on the runtime thread for every frame; queues every Nth one for writing. */
    void offer(Frame frame) {
        if (frame.number() % every != 0 || failed) {
            return;
        }
        writer.execute(() -> {
            try {
                PngRenderer.write(frame, folder.resolve(String.format("frame-%06d.png", frame.number())));
            } catch (IOException | RuntimeException e) {
                failed = true; // one clear message, not one per frame
                problems.accept("cannot save frames to " + folder + ": " + e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
