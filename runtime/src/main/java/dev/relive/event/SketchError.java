package dev.relive.event;

import dev.relive.failure.Phase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An exception thrown by sketch code, as a value: the phase it happened in, its class and message, and its
 * stack trace, in which frames of sketch classes carry their file relative to the sketch folder.
 *
 * @param phase     where it happened
 * @param exception the exception's class name
 * @param message   its message, or the empty string
 * @param trace     its frames, outermost cause's frames last
 */
public record SketchError(Phase phase, String exception, String message, List<Frame> trace) {

    public SketchError {
        message = message == null ? "" : message;
        trace = List.copyOf(trace);
    }

    /** The most frames a trace keeps. */
    public static final int MAX_FRAMES = 64;

    /** One stack frame; {@code sketch} says whether it points into the user's code. */
    public record Frame(String className, String method, String file, int line, boolean sketch) {
    }

    /**
     * Converts {@code t} for phase {@code phase}. {@code sketchFiles} maps sketch class names to their files; engine
     * frames below the first sketch frame are cut, as they only show how the engine called the sketch.
     */
    public static SketchError of(Phase phase, Throwable t, java.util.function.Function<String, Optional<String>> sketchFiles) {
        Throwable root = unwrap(t);
        List<Frame> frames = new ArrayList<>();
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (root != null && seen.add(root)) {
            boolean inSketch = false;
            for (StackTraceElement e : root.getStackTrace()) {
                if (e.getClassName().startsWith("dev.relive.") && !e.getClassName().startsWith("dev.relive.api.")) {
                    if (inSketch) {
                        break; // the engine's frames below the sketch: how it was called, not what went wrong
                    }
                    continue; // the engine's frames above it, such as the canvas the sketch misused
                }
                if (e.getClassName().startsWith("jdk.internal.reflect.") || e.getClassName().startsWith("java.lang.reflect.")) {
                    continue;
                }
                if (frames.size() >= MAX_FRAMES) {
                    break; // a stack overflow has a thousand identical frames: the first ones say it all
                }
                Optional<String> file = sketchFiles.apply(e.getClassName());
                inSketch |= file.isPresent();
                frames.add(new Frame(e.getClassName(), e.getMethodName(),
                        file.orElse(e.getFileName() == null ? "" : e.getFileName()), e.getLineNumber(), file.isPresent()));
            }
            if (root.getCause() == null || root.getCause() == root) {
                break;
            }
            root = root.getCause();
        }
        Throwable shown = unwrap(t);
        return new SketchError(phase, shown.getClass().getName(), String.valueOf(shown.getMessage() == null ? "" : shown.getMessage()), frames);
    }

    /** The first frame in sketch code, where an editor should point. */
    public Optional<Frame> sketchFrame() {
        return trace.stream().filter(Frame::sketch).findFirst();
    }

    /** {@code java.lang.ArithmeticException: / by zero}. */
    public String reason() {
        return message.isEmpty() ? exception : exception + ": " + message;
    }

    /** Reflection and initializer wrappers hide the sketch's own exception; show that one instead. */
    private static Throwable unwrap(Throwable t) {
        Throwable shown = t;
        while ((shown instanceof java.lang.reflect.InvocationTargetException
                || shown instanceof ExceptionInInitializerError) && shown.getCause() != null) {
            shown = shown.getCause();
        }
        return shown;
    }
}
