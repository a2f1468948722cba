package dev.relive.compile;

import com.sun.source.util.JavacTask;

import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where compile tasks come from. Where it can, it reuses javac's context (symbol tables, the JDK's classes
 * already read) between compiles through {@code com.sun.tools.javac.api.JavacTaskPool}, as JShell does; that
 * saves most of a small compile. The pool and the {@link SymbolSweeper} it needs live in packages
 * {@code jdk.compiler} does not export, so each launch path exports them: the runner jar's manifest
 * ({@code Add-Exports}), the app's launch arguments and the test JVM's {@code argLine}. Without the exports this
 * falls back to a fresh task per compile and says so once.
 */
final class JavacTasks {

    private static final String POOL = "com.sun.tools.javac.api.JavacTaskPool";
    /**
     * A reused context keeps a little of every compile (about 2 KB: javac's tables and caches that no sweep reaches),
     * so it is renewed after this many tasks; that bounds the growth to a few hundred KB at the cost of one slower
     * compile in a few hundred. The soak test holds memory to its baseline across a thousand reloads.
     */
    private static final int RENEW_AFTER = 150;

    private final JavaCompiler javac;
    private Object pool;
    private final Method getTask;
    private final Class<?> worker;
    private final SymbolSweeper sweeper;
    private final Consumer<String> notices;
    /** Set once a sweep failed: that context may be stale, so no pooled task is used again. */
    private boolean broken;
    private int tasksSinceRenewal;

    /** Tasks from {@code javac}, never pooled. */
    static JavacTasks fresh(JavaCompiler javac) {
        JavacTasks tasks = new JavacTasks(javac, message -> { });
        tasks.broken = true;
        return tasks;
    }

    /** Tasks from {@code javac}, pooled when the pool is reachable; {@code notices} hears about a fallback. */
    JavacTasks(JavaCompiler javac, Consumer<String> notices) {
        this.javac = javac;
        this.notices = notices;
        Object p = null;
        Method m = null;
        Class<?> w = null;
        SymbolSweeper sw = null;
        try {
            Class<?> type = Class.forName(POOL, true, JavaCompiler.class.getClassLoader());
            if (!type.getModule().isExported(type.getPackageName(), JavacTasks.class.getModule())) {
                throw new IllegalAccessException("package " + type.getPackageName() + " is not exported to Relive");
            }
            w = Class.forName(POOL + "$Worker", true, type.getClassLoader());
            m = type.getMethod("getTask", java.io.Writer.class, JavaFileManager.class, DiagnosticListener.class,
                    Iterable.class, Iterable.class, Iterable.class, w);
            p = type.getConstructor(int.class).newInstance(1);
            sw = new SymbolSweeper();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            notices.accept("the Java compiler's task pool is not accessible (" + e.getMessage() + "); "
                    + "every compile starts javac afresh, which is slower; launch with "
                    + "the argument file dev/relive/launch/runtime.args (java @runtime.args, as the IDE's launch does; "
                    + "the runner jar applies it itself) to enable it");
            p = null;
        }
        this.pool = p;
        this.getTask = p == null ? null : m;
        this.worker = p == null ? null : w;
        this.sweeper = sw;
    }

    /** Drops every reused context, so the next compile starts with a fresh one (after the class path changed). */
    void reset() {
        tasksSinceRenewal = 0;
        if (pooled()) {
            try {
                pool = pool.getClass().getConstructor(int.class).newInstance(1);
            } catch (ReflectiveOperationException e) {
                broken = true;
                notices.accept("the Java compiler's task pool could not be renewed (" + e + "); every compile now starts javac afresh");
            }
        }
    }

    /** Whether compiles reuse javac's context. */
    boolean pooled() {
        return pool != null && !broken;
    }

    private void sweep(Object context, java.util.Set<String> sketchClasses) {
        try {
            sweeper.sweep(context, sketchClasses);
        } catch (ReflectiveOperationException | RuntimeException e) {
            broken = true;
            notices.accept("the Java compiler's reused context could not be cleaned (" + e + "); "
                    + "every compile now starts javac afresh, which is slower");
        }
    }

    /**
     * Runs {@code work} with a task over {@code units}. A pooled task is valid only inside {@code work}, so
     * everything needed from it (trees, classes, diagnostics) must be taken there. Afterwards the reused context
     * forgets the sketch's classes in {@code sketchClasses} (binary names) and re-lists their packages, so the next
     * compile sees the class path as it then is (see {@link SymbolSweeper}).
     */
    <T> T run(JavaFileManager files, DiagnosticListener<? super JavaFileObject> diagnostics, List<String> options,
              List<? extends JavaFileObject> units, java.util.Set<String> sketchClasses, Function<JavacTask, T> work) {
        if (!pooled()) {
            return work.apply((JavacTask) javac.getTask(null, files, diagnostics, options, null, units));
        }
        if (++tasksSinceRenewal > RENEW_AFTER) {
            reset();
        }
        Object proxy = Proxy.newProxyInstance(JavacTasks.class.getClassLoader(), new Class<?>[]{worker},
                (self, method, args) -> switch (method.getName()) {
                    case "withTask" -> {
                        JavacTask task = (JavacTask) args[0];
                        Object context = sweeper.context(task);
                        try {
                            yield work.apply(task);
                        } finally {
                            sweep(context, sketchClasses);
                        }
                    }
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> "JavacTasks.Worker";
                });
        try {
            @SuppressWarnings("unchecked")
            T result = (T) getTask.invoke(pool, null, files, diagnostics, options, null, units, proxy);
            return result;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("javac failed", cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("javac's task pool became inaccessible", e);
        }
    }
}
