package dev.relive.bench;

import dev.relive.api.Input;
import dev.relive.draw.Frame;
import dev.relive.draw.FrameRecorder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The runtime-side cost of drawing (target: ≤ 50 ns per recorded call): frames of {@code fill} + {@code ellipse}
 * pairs recorded by the real {@link FrameRecorder} from {@code begin} to the finished immutable {@link Frame}, as the
 * runtime thread records a visual sketch's {@code draw}. Prints the first frames of a cold JVM and the median after
 * warm-up, with the machine's load average, since the machine is shared.
 */
class DrawRecordingBenchmark {

    private static final int[] SIZES = {1_000, 10_000, 50_000};

    @Test
    void recordingCostPerCall() {
        System.out.printf("[draw-recording] load average %s%n", loadAverage());
        FrameRecorder recorder = new FrameRecorder();
        List<Frame> keep = new ArrayList<>(); // frames stay alive so nothing is optimised away
        for (int n : SIZES) {
            double[] cold = new double[3];
            for (int i = 0; i < cold.length; i++) {
                cold[i] = nanosPerCall(recorder, n, i, keep);
            }
            for (int i = 0; i < 200; i++) {
                nanosPerCall(recorder, n, i, keep);
                keep.clear();
            }
            double[] warm = new double[100];
            for (int i = 0; i < warm.length; i++) {
                warm[i] = nanosPerCall(recorder, n, i, keep);
                keep.clear();
            }
            Arrays.sort(warm);
            System.out.printf("[draw-recording] %,d ellipses per frame (%,d calls: fill + ellipse each): "
                            + "first frames %.0f, %.0f, %.0f ns/call; after warm-up p50 %.1f ns/call, p95 %.1f ns/call "
                            + "(%.2f ms per frame)%n", n, 2 * n, cold[0], cold[1], cold[2], warm[warm.length / 2],
                    warm[warm.length * 95 / 100], warm[warm.length / 2] * 2 * n / 1e6);
        }
        System.out.printf("[draw-recording] load average %s%n", loadAverage());
    }

    /** Records one frame of {@code n} coloured ellipses; the time per recorded call in nanoseconds. */
    private static double nanosPerCall(FrameRecorder recorder, int n, int frame, List<Frame> keep) {
        long start = System.nanoTime();
        recorder.begin(800, 600, Input.NONE);
        recorder.background(0xFF202020);
        for (int i = 0; i < n; i++) {
            recorder.fill(0xFF000000 | (int) ((i * 2654435761L + frame) & 0xFFFFFF));
            recorder.ellipse((i * 37 + frame) % 800, (i * 91) % 600, 8, 8);
        }
        keep.add(recorder.finish(frame, 1, 0, 0));
        return (System.nanoTime() - start) / (2.0 * n);
    }

    private static String loadAverage() {
        return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }
}
