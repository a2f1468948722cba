package dev.relive.export.launch;

import dev.relive.api.Input;
import dev.relive.api.Sketch;
import dev.relive.api.Visual;
import dev.relive.draw.Frame;
import dev.relive.draw.FrameRecorder;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;

/**
 * The {@code Main-Class} of an exported sketch jar. It reads which class is the sketch's entry and how it runs from
 * {@value #DESCRIPTOR}, then runs it: a script's {@code main} with the jar's arguments, or a loop's {@code setup()}
 * then {@code step()} at 60 Hz on the main thread, drawing a visual sketch into a {@link SketchWindow} unless the
 * JVM is headless. A throw from the sketch ends the program with its stack trace and exit code 1.
 */
public final class Launcher {

    /** The resource in the jar that names the entry class ({@code entry}) and its mode ({@code loop} or {@code script}). */
    public static final String DESCRIPTOR = "META-INF/relive-export.properties";

    /** Steps per second of a loop sketch, as in the IDE. */
    static final double RATE = 60;

    private Launcher() {
    }

    /** Runs the sketch this jar was exported with. */
    public static void main(String[] args) throws Throwable {
        Properties descriptor = new Properties();
        try (InputStream in = Launcher.class.getClassLoader().getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IOException("this jar has no " + DESCRIPTOR + "; export the sketch again");
            }
            descriptor.load(in);
        }
        Class<?> entry = Class.forName(descriptor.getProperty("entry"));
        if ("loop".equals(descriptor.getProperty("mode"))) {
            loop((Sketch) entry.getDeclaredConstructor().newInstance());
        } else {
            script(entry, args);
        }
    }

    private static void script(Class<?> entry, String[] args) throws Throwable {
        Method main = entry.getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // the sketch's own exception, so its stack trace reads as it would without the launcher
        }
    }

    private static void loop(Sketch sketch) {
        Visual visual = sketch instanceof Visual v ? v : null;
        SketchWindow window = visual != null && !GraphicsEnvironment.isHeadless() ? SketchWindow.open(sketch.getClass().getSimpleName()) : null;
        try {
            run(sketch, visual, window);
        } catch (RuntimeException | Error e) {
            if (window != null) {
                window.close(); // with no window left, the JVM ends once main has thrown
            }
            throw e;
        }
    }

    private static void run(Sketch sketch, Visual visual, SketchWindow window) {
        FrameRecorder recorder = new FrameRecorder();
        sketch.setup();
        long period = (long) (1e9 / RATE);
        long next = System.nanoTime();
        long number = 0;
        while (true) {
            long start = System.nanoTime();
            sketch.step();
            if (visual != null) {
                double width = window == null ? SketchWindow.WIDTH : window.width();
                double height = window == null ? SketchWindow.HEIGHT : window.height();
                recorder.begin(width, height, window == null ? Input.NONE : window.input());
                visual.draw(recorder);
                Frame frame = recorder.finish(++number, 1, (System.nanoTime() - start) / 1e6, RATE);
                if (window != null) {
                    window.show(frame);
                }
            }
            next += period;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else {
                next = System.nanoTime(); // behind: skip the missed steps rather than rush to catch up
            }
        }
    }

}
