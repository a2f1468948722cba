package dev.relive.app.stage;

import dev.relive.api.Input;
import dev.relive.draw.Frame;
import dev.relive.draw.FrameRecorder;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.concurrent.TimeoutException;

/**
 * The stage's frame rate for 1,000, 10,000 and 50,000 ellipses per frame (target: 10,000 at 60 fps). Frames are
 * recorded by the runtime's real recorder and replayed by the app's {@link FrameRenderer} onto an 800 × 600 canvas on
 * the FX thread; a snapshot of the canvas then makes the renderer rasterize the queued commands, so each frame's time
 * is the FX thread's replay plus the pixels really drawn. Headless this is JavaFX's software pipeline (Monocle,
 * {@code prism.order=sw}), as the tests run; a desktop's GPU pipeline rasterizes differently, so the figures are for
 * the pipeline printed. Run on a display with {@code -Dheadless.flags=} (empty) to measure JavaFX's own choice there.
 * A frame of no ellipses shows what the clear, the background and the snapshot cost by themselves. Each count is
 * drawn twice: each ellipse its own colour (the renderer sets a colour per ellipse), then all of one colour (the
 * renderer sets it once).
 * Prints the machine's load average, since the machine is shared.
 */
class StageRenderBenchmark {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void framesPerSecond() {
        System.out.printf("[stage-render] load average %s%n", loadAverage());
        FrameRenderer renderer = new FrameRenderer();
        Canvas canvas = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> new Canvas(WIDTH, HEIGHT));
        for (boolean oneColour : new boolean[]{false, true})
        for (int n : new int[]{0, 1_000, 10_000, 50_000}) { // 0: the background and the snapshot alone
            if (oneColour && n == 0) {
                continue;
            }
            Frame[] frames = new Frame[8];
            for (int i = 0; i < frames.length; i++) {
                frames[i] = frame(n, i, oneColour);
            }
            int warmUp = n > 10_000 ? 3 : 10;
            int measured = n > 10_000 ? 10 : 30;
            double[] replay = new double[measured];
            double[] total = new double[measured];
            for (int i = -warmUp; i < measured; i++) {
                Frame frame = frames[Math.floorMod(i, frames.length)];
                double[] t = WaitForAsyncUtils.waitForAsyncFx(120_000, () -> {
                    long start = System.nanoTime();
                    renderer.render(frame, canvas);
                    long replayed = System.nanoTime();
                    canvas.snapshot(new SnapshotParameters(), null);
                    return new double[]{(replayed - start) / 1e6, (System.nanoTime() - start) / 1e6};
                });
                if (i >= 0) {
                    replay[i] = t[0];
                    total[i] = t[1];
                }
            }
            Arrays.sort(replay);
            Arrays.sort(total);
            double p50 = total[measured / 2];
            System.out.printf("[stage-render] %s: %,d ellipses per frame%s: p50 %.1f ms per frame (replay on the FX "
                            + "thread %.1f ms, rasterizing the rest), fastest %.1f ms -> %.1f fps (p50), %.1f fps "
                            + "(fastest)%n", pipeline(), n, oneColour ? " of one colour" : ", each its own colour",
                    p50, replay[measured / 2], total[0], 1000 / p50, 1000 / total[0]);
        }
        System.out.printf("[stage-render] load average %s%n", loadAverage());
    }

    /**
     * A frame of {@code n} filled ellipses of 8 px with no stroke, each its own colour or all of one, as particle
     * sketches draw.
     */
    private static Frame frame(int n, int number, boolean oneColour) {
        FrameRecorder recorder = new FrameRecorder();
        recorder.begin(WIDTH, HEIGHT, Input.NONE);
        recorder.background(0xFF202020);
        recorder.noStroke();
        for (int i = 0; i < n; i++) {
            recorder.fill(oneColour ? 0xFFFFC857 : 0xFF000000 | (int) ((i * 2654435761L + number) & 0xFFFFFF));
            recorder.ellipse((i * 37 + number * 3) % WIDTH, (i * 91 + number) % HEIGHT, 8, 8);
        }
        return recorder.finish(number, 1, 0, 0);
    }

    /** JavaFX's graphics pipeline in use (sw: software; es2: OpenGL), read from its internal class name. */
    private static String pipeline() {
        try {
            Object pipeline = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            return pipeline == null ? "no pipeline" : pipeline.getClass().getSimpleName();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "pipeline unknown (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static String loadAverage() {
        return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }
}
