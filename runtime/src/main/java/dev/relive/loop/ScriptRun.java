package dev.relive.loop;

import dev.relive.api.Guard;
import dev.relive.capture.GenerationTag;
import dev.relive.stop.StopRequests;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One run of a script-mode sketch's {@code main} on its own named daemon thread, in the generation's thread
 * group. The runtime thread owns it: it starts it when the generation goes live and stops it before the
 * next one does.
 */
final class ScriptRun {

    private static final long STOP_WAIT_MILLIS = 200;

    private final Thread thread;

    private ScriptRun(Thread thread) {
        this.thread = thread;
    }

    /** Starts {@code main} of {@code entry}; a throw is reported to {@code onError}. */
    static ScriptRun start(Class<?> entry, GenerationTag tag, Consumer<Throwable> onError) {
        Thread thread = new Thread(() -> {
            GenerationTag.set(tag);
            try {
                Method main = entry.getMethod("main", String[].class);
                main.invoke(null, (Object) new String[0]);
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof InterruptedException) && !(e.getCause() instanceof Guard.Stopped)) {
                    onError.accept(e.getCause());
                }
            } catch (ReflectiveOperationException | RuntimeException | Error e) {
                onError.accept(e);
            } finally {
                GenerationTag.clear();
            }
        }, "relive-main-" + tag.generation());
        thread.setDaemon(true);
        thread.setContextClassLoader(entry.getClassLoader()); // marks threads main starts as this generation's
        thread.start();
        return new ScriptRun(thread);
    }

    /** Whether {@code main} is still running. */
    boolean running() {
        return thread.isAlive();
    }

    /** Waits up to {@code millis} for {@code main} to return; for tests and the CLI's orderly exit. */
    boolean await(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    /** Stops {@code main} at its next guard check, interrupts it and waits briefly; returns whether it ended. */
    boolean stop() {
        StopRequests.stop(thread);
        thread.interrupt();
        try {
            thread.join(TimeUnit.MILLISECONDS.toMillis(STOP_WAIT_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
