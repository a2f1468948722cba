package dev.relive.compile;

import com.sun.source.util.JavacTask;

import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where compile tasks come from, for the engine's compiler and the editor's analysis alike. Where it can, it reuses
 * a javac context (symbol tables, the JDK's classes already read) between tasks through
 * {@code com.sun.tools.javac.api.JavacTaskPool}, as JShell does; that saves most of a small compile and most of an
 * editor question. A context stays with one file manager: javac's components keep the file manager they were made
 * with (the class writer writes to it), so each owner of a file manager (the engine's compiler, each analysis
 * worker) has its own instance and its own warm context; what they share is the reflective access and the JIT's
 * warmth of javac's code. The pool and the {@link SymbolSweeper} it needs live in packages {@code jdk.compiler} does
 * not export, so each launch path exports them: the runner jar's launcher, the app's launch arguments and the test
 * JVM's {@code argLine}. Without the exports this falls back to a fresh task per compile and says so once.
 *
 * <p>Each instance belongs to one thread at a time (its owner's).
 */
public final class JavacTasks {

    private static final String POOL = "com.sun.tools.javac.api.JavacTaskPool";
    /**
     * A reused context keeps a little of every compile (about 2 KB: javac's tables and caches that no sweep reaches),
     * so it is renewed after this many tasks; that bounds the growth to a few hundred KB at the cost of one slower
     * compile in a few hundred. The soak test holds memory to its baseline across a thousand reloads.
     */
    private static final int RENEW_AFTER = 150;

    /** Set once a sweep failed anywhere: a context may then be stale, so no pooled task is used again in this JVM. */
    private static volatile boolean broken;
    private static Access access;
    private static boolean accessTried;

    private final JavaCompiler javac;
    private final Consumer<String> notices;
    private final boolean fresh;
    private Map<Path, List<Long>> classPath = Map.of();
    private Object pool;
    private int tasksSinceRenewal;

    /** Tasks from {@code javac}, never pooled (for tests that compare pooled and fresh compiles). */
    static JavacTasks fresh(JavaCompiler javac) {
        return new JavacTasks(javac, message -> { }, true);
    }

    /**
     * Tasks from {@code javac}, pooled when the pool is reachable; {@code notices} hears about a fallback.
     * Starts on an empty class path (see {@link #useClassPath}).
     */
    public JavacTasks(JavaCompiler javac, Consumer<String> notices) {
        this(javac, notices, false);
    }

    private JavacTasks(JavaCompiler javac, Consumer<String> notices, boolean fresh) {
        this.javac = Objects.requireNonNull(javac, "Javac must not be null");
        this.notices = Objects.requireNonNull(notices, "Notices must not be null");
        this.fresh = fresh;
        if (!fresh) {
            access(notices);
        }
    }

    /**
     * Tells which jars the following tasks' file manager puts on the class path: the reused context keeps the
     * classes it read from them (only the sketch's own are swept), so other jars, or these jars changed on disk,
     * start a fresh context.
     */
    public void useClassPath(Collection<Path> jars) {
        Map<Path, List<Long>> print = new TreeMap<>();
        for (Path jar : jars) {
            try {
                print.put(jar, List.of(Files.size(jar), Files.getLastModifiedTime(jar).toMillis()));
            } catch (java.io.IOException e) {
                print.put(jar, List.of(-1L, -1L)); // a jar that cannot be read now is still a different class path
            }
        }
        if (!print.equals(classPath)) {
            classPath = Map.copyOf(print);
            pool = null;
        }
    }

    /** Whether tasks reuse javac's contexts. */
    public boolean pooled() {
        return !fresh && !broken && access(notices) != null;
    }

    /**
     * Runs {@code work} with a task over {@code units}. A pooled task is valid only inside {@code work}, so
     * everything needed from it (trees, classes, diagnostics, answers) must be taken there. Afterwards the reused
     * context forgets the sketch's classes in {@code sketchClasses} (binary names) and re-lists their packages, so the
     * next task sees the class path and source path as they then are (see {@link SymbolSweeper}).
     */
    public <T> T run(JavaFileManager files, DiagnosticListener<? super JavaFileObject> diagnostics, List<String> options,
                     List<? extends JavaFileObject> units, Set<String> sketchClasses, Function<JavacTask, T> work) {
        if (!pooled()) {
            return work.apply((JavacTask) javac.getTask(null, files, diagnostics, options, null, units));
        }
        Access a = access;
        Object proxy = Proxy.newProxyInstance(JavacTasks.class.getClassLoader(), new Class<?>[]{a.worker},
                (self, method, args) -> switch (method.getName()) {
                    case "withTask" -> {
                        JavacTask task = (JavacTask) args[0];
                        Object context = a.sweeper.context(task);
                        try {
                            yield work.apply(task);
                        } finally {
                            sweep(a.sweeper, context, sketchClasses);
                        }
                    }
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> "JavacTasks.Worker";
                });
        try {
            @SuppressWarnings("unchecked")
            T result = (T) a.getTask.invoke(pool(a), null, files, diagnostics, options, null, units, proxy);
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

    /** This owner's pool, renewed every {@link #RENEW_AFTER} tasks. */
    private Object pool(Access a) {
        if (pool == null || ++tasksSinceRenewal > RENEW_AFTER) {
            pool = a.newPool();
            tasksSinceRenewal = 0;
        }
        return pool;
    }

    private void sweep(SymbolSweeper sweeper, Object context, Set<String> sketchClasses) {
        try {
            sweeper.sweep(context, sketchClasses);
        } catch (ReflectiveOperationException | RuntimeException e) {
            broken = true;
            notices.accept("the Java compiler's reused context could not be cleaned (" + e + "); "
                    + "every compile now starts javac afresh, which is slower");
        }
    }

    /** The reflective handles on javac's pool, found once per JVM; null (after one notice) when it is not reachable. */
    private static synchronized Access access(Consumer<String> notices) {
        if (!accessTried) {
            accessTried = true;
            try {
                access = new Access();
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                broken = true;
                notices.accept("the Java compiler's task pool is not accessible (" + e.getMessage() + "); "
                        + "every compile starts javac afresh, which is slower; launch with "
                        + "the argument file dev/relive/launch/runtime.args (java @runtime.args, as the IDE's launch does; "
                        + "the runner jar applies it itself) to enable it");
            }
        }
        return access;
    }

    /** javac's pool class, its task method and worker interface, and the sweeper. */
    private static final class Access {
        final Class<?> type;
        final Class<?> worker;
        final Method getTask;
        final SymbolSweeper sweeper;

        Access() throws ReflectiveOperationException {
            type = Class.forName(POOL, true, JavaCompiler.class.getClassLoader());
            if (!type.getModule().isExported(type.getPackageName(), JavacTasks.class.getModule())) {
                throw new IllegalAccessException("package " + type.getPackageName() + " is not exported to Relive");
            }
            worker = Class.forName(POOL + "$Worker", true, type.getClassLoader());
            getTask = type.getMethod("getTask", java.io.Writer.class, JavaFileManager.class, DiagnosticListener.class,
                    Iterable.class, Iterable.class, Iterable.class, worker);
            sweeper = new SymbolSweeper();
        }

        Object newPool() {
            try {
                return type.getConstructor(int.class).newInstance(1);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("javac's task pool could not be created", e);
            }
        }
    }
}
