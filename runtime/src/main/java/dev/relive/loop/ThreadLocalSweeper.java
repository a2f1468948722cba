package dev.relive.loop;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Drops the values of dead thread-locals from the runtime thread. Sketch code that uses a {@code ThreadLocal}
 * on the runtime thread leaves a value in that thread's map; once its generation is unloaded the key is
 * collected but the value stays until the JDK happens to expunge it, which for a long session means never.
 * With {@code --add-opens java.base/java.lang=ALL-UNNAMED} (the CLI jar, the IDE and the tests run with it),
 * this asks the map to expunge its stale entries, which changes no live thread-local; without it, it falls
 * back to churning short-lived thread-locals, which makes the map clean up as it goes.
 */
final class ThreadLocalSweeper {

    private static final Field MAP = field();
    private static final Method EXPUNGE = expunge();

    private ThreadLocalSweeper() {
    }

    /** Expunges stale thread-local entries of the current thread; call it only between sketch calls. */
    static void sweepCurrentThread() {
        if (MAP != null && EXPUNGE != null) {
            try {
                Object map = MAP.get(Thread.currentThread());
                if (map != null) {
                    EXPUNGE.invoke(map);
                }
                return;
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Fall through to the portable way: the sweep is an optimisation, never a reason to fail a swap.
            }
        }
        ThreadLocal<?>[] churn = new ThreadLocal<?>[256];
        for (int i = 0; i < churn.length; i++) {
            churn[i] = new ThreadLocal<>();
            churn[i].set(null);
        }
        for (ThreadLocal<?> local : churn) {
            local.remove();
        }
    }

    private static Field field() {
        try {
            Field f = Thread.class.getDeclaredField("threadLocals");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // java.lang is not opened to us: use the portable fallback
        }
    }

    private static Method expunge() {
        try {
            Method m = Class.forName("java.lang.ThreadLocal$ThreadLocalMap").getDeclaredMethod("expungeStaleEntries");
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // java.lang is not opened to us: use the portable fallback
        }
    }
}
