package dev.relive.app;

import dev.relive.app.state.StateRow;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The frame rate a person sees on the stage while the bouncing-balls example runs, with the State pane shown and
 * three rows pinned to its chart, against the same window with the pane hidden (the pane then reads nothing and draws
 * nothing). Target: within 5% of the rate with the pane hidden. A frame counts when the stage shows a new one on the
 * FX thread, so the figure includes the pane's refreshes and the chart's drawing on that thread. Rounds alternate
 * between the two cases so that a change in the machine's load hits both alike; the median of the rounds is printed
 * with the load average. Headless this is JavaFX's software pipeline (Monocle), as the tests run.
 */
class StatePaneFrameRateBenchmark extends WindowDriver {

    private static final int ROUNDS = 6;
    private static final long ROUND_MILLIS = 5_000;

    @Test
    void frameRateWithTheStatePaneAndThreePlots() throws Exception {
        for (String path : List.of("balls", "balls[0]", "balls[1]")) {
            expand(path);
        }
        for (String path : List.of("balls[0].y", "balls[1].y", "frame")) {
            waitUntil(path + " shows", () -> row(path).isPresent());
            fx(() -> {
                app.workbench().session().orElseThrow().state().togglePin(path);
                return null;
            });
        }
        waitUntil("the chart draws three lines", () -> fx(() -> view().state().plot().drawnLines()) == 3);

        double[] shown = new double[ROUNDS];
        double[] hidden = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            hidden[round] = framesPerSecond(false);
            shown[round] = framesPerSecond(true);
        }
        double withPane = median(shown);
        double withoutPane = median(hidden);
        System.out.printf(Locale.ROOT, "[state-pane-fps] bouncing balls, stage frames shown per second: pane hidden p50 %.1f,"
                        + " pane shown with 3 plots p50 %.1f (%+.1f%%); rounds hidden %s, shown %s; load average %.1f%n",
                withoutPane, withPane, (withPane / withoutPane - 1) * 100, Arrays.toString(round1(hidden)),
                Arrays.toString(round1(shown)), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Frames the stage showed per second over one round, with the State pane {@code shown} or hidden. */
    private double framesPerSecond(boolean shown) throws InterruptedException {
        fx(() -> {
            view().state().setVisible(shown);
            return null;
        });
        Thread.sleep(500); // the pane's next refresh and the chart's next drawing have settled
        AtomicLong frames = new AtomicLong();
        ChangeListener<Number> counter = (obs, was, now) -> frames.incrementAndGet();
        fx(() -> {
            session().stage().frameNumberProperty().addListener(counter);
            return null;
        });
        long start = System.nanoTime();
        Thread.sleep(ROUND_MILLIS);
        fx(() -> {
            session().stage().frameNumberProperty().removeListener(counter);
            return null;
        });
        return frames.get() / ((System.nanoTime() - start) / 1e9);
    }

    private void expand(String path) {
        waitUntil(path + " shows", () -> row(path).isPresent());
        fx(() -> {
            session().state().toggle(path);
            return null;
        });
        waitUntil(path + " expands", () -> fx(() -> rows().getItems().stream()
                .anyMatch(r -> r.path().startsWith(path + "[") || r.path().startsWith(path + "."))));
    }

    private java.util.Optional<StateRow> row(String path) {
        return fx(() -> rows().getItems().stream().filter(r -> r.path().equals(path)).findFirst());
    }

    private ListView<StateRow> rows() {
        return lookup("#state-rows").queryListView();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double[] round1(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 10) / 10.0).toArray();
    }
}
