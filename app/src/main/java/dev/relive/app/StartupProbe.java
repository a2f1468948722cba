package dev.relive.app;

import dev.relive.app.session.SketchSession;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

import java.time.Duration;
import java.time.Instant;

/**
 * Prints how long the launch took, for the cold-start benchmark, when the system property {@value #PROPERTY} is
 * {@code true}; otherwise does nothing. Times are milliseconds from the JVM's start as the operating system reports it,
 * each line printed once on standard output: {@code startup: window <ms>} at the first pulse after the window is
 * shown, {@code startup: painted <ms>} at the first pulse after the editor shows the opened sketch's code (at launch
 * that is its first file, shown read-only while the session starts; or the session's own editor, if it came first), and
 * {@code startup: running <ms>} when the sketch's first frame reaches the stage or its first generation is live,
 * whichever comes first. A pulse is when JavaFX lays the scene out and hands it to its renderer. Each line ends with
 * {@code cpu <ms>}, the processor time the process has used by then (every thread), which says how much work the
 * launch was when the machine is busy with other things. Used on the FX thread.
 */
final class StartupProbe {

    /** The system property that turns the probe on. */
    static final String PROPERTY = "relive.startupProbe";

    private final Instant jvmStart;
    private final java.util.Set<String> printed = new java.util.HashSet<>();
    private boolean running;

    private StartupProbe(Instant jvmStart) {
        this.jvmStart = jvmStart;
    }

    /** A probe if the property asks for one and the operating system tells the JVM's start, otherwise null. */
    static StartupProbe fromSystemProperties() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return null;
        }
        return ProcessHandle.current().info().startInstant().map(StartupProbe::new).orElse(null);
    }

    /** Prints {@code what} at the end of the next pulse of {@code scene}, unless it was printed already. */
    void atNextPulse(Scene scene, String what) {
        ReliveApp.afterNextPulse(scene, () -> print(what));
    }

    /** Prints {@code running} once {@code session} shows its first frame or makes its first generation live. */
    void whenRunning(SketchSession session) {
        watch(session.stage().frameNumberProperty());
        watch(session.live().liveGenerationProperty());
    }

    private void watch(ObservableValue<? extends Number> value) {
        if (value.getValue().longValue() > 0) {
            running();
            return;
        }
        value.addListener(new ChangeListener<Number>() {
            @Override
            public void changed(ObservableValue<? extends Number> observable, Number before, Number now) {
                if (now.longValue() > 0) {
                    observable.removeListener(this);
                    running();
                }
            }
        });
    }

    private void running() {
        if (!running) {
            running = true;
            print("running");
        }
    }

    private void print(String what) {
        if (!printed.add(what)) {
            return;
        }
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.out.println("startup: " + what + " " + Duration.between(jvmStart, Instant.now()).toMillis() + " cpu "
                + cpu);
    }
}
