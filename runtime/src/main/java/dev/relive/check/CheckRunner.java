package dev.relive.check;

import dev.relive.failure.Phase;
import dev.relive.api.Check;
import dev.relive.event.SketchError;
import dev.relive.load.LoadedGeneration;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the {@code @Check} methods of a loaded generation and runs them, each in a fresh throwaway instance of
 * its class (or statically), never touching the live state. The caller decides on which thread and under which
 * guard; a check that throws or returns {@code false} fails with its message and line.
 */
public final class CheckRunner {

    /** Runs sketch code for the runner: on the runtime thread, under the generation's tag and guard. */
    @FunctionalInterface
    public interface SketchCall {
        /** Runs {@code code} as sketch code; whatever it throws comes out. */
        void run(Runnable code);
    }

    private CheckRunner() {
    }

    /** Whether the generation has any checks. */
    public static boolean hasChecks(LoadedGeneration loaded) {
        return !checks(loaded).isEmpty();
    }

    /** Runs every check; {@code files} maps class names to sketch files for failing lines. */
    public static List<CheckResult> run(LoadedGeneration loaded, SketchCall call, Function<String, Optional<String>> files) {
        List<CheckResult> results = new ArrayList<>();
        for (Method m : checks(loaded)) {
            String name = m.getDeclaringClass().getSimpleName() + "." + m.getName();
            Object[] outcome = new Object[1];
            try {
                call.run(() -> outcome[0] = invoke(m));
                boolean passed = !Boolean.FALSE.equals(outcome[0]);
                results.add(new CheckResult(name, passed, passed ? "" : "returned false", "", 0));
            } catch (Throwable t) { // a failing check may throw anything: that is its verdict
                Throwable cause = t instanceof Wrapped w ? w.getCause() : t;
                SketchError error = SketchError.of(Phase.CHECK, cause, files);
                SketchError.Frame where = error.sketchFrame().orElse(null);
                results.add(new CheckResult(name, false, error.reason(), where == null ? "" : where.file(),
                        where == null ? 0 : where.line()));
            }
        }
        return results;
    }

    private static Object invoke(Method m) {
        try {
            m.setAccessible(true);
            if (Modifier.isStatic(m.getModifiers())) {
                return m.invoke(null);
            }
            Constructor<?> constructor = m.getDeclaringClass().getDeclaredConstructor();
            constructor.setAccessible(true);
            return m.invoke(constructor.newInstance());
        } catch (InvocationTargetException e) {
            throw new Wrapped(e.getCause());
        } catch (NoSuchMethodException e) {
            throw new Wrapped(new IllegalStateException("@Check " + m.getName() + " is an instance method, so "
                    + m.getDeclaringClass().getSimpleName() + " needs a constructor without parameters"));
        } catch (ReflectiveOperationException e) {
            throw new Wrapped(e);
        }
    }

    /** How a class file names the annotation, in its constant pool, when any of its members carries it. */
    private static final String CHECK_DESCRIPTOR = "L" + Check.class.getName().replace('.', '/') + ";";

    private static List<Method> checks(LoadedGeneration loaded) {
        List<Method> found = new ArrayList<>();
        for (Class<?> c : loaded.classes().values()) {
            if (!loaded.loader().mentions(c.getName(), CHECK_DESCRIPTOR)) {
                continue; // its class file never names @Check: listing its methods (slow for thousands of classes) finds none
            }
            try {
                Arrays.stream(c.getDeclaredMethods())
                        .filter(m -> m.isAnnotationPresent(Check.class) && m.getParameterCount() == 0)
                        .sorted(Comparator.comparing(Method::getName))
                        .forEach(found::add);
            } catch (LinkageError e) {
                // A class whose methods cannot even be listed has no checks we could run; loading reports it.
            }
        }
        return found;
    }

    /** Carries the check's own exception out of the call. */
    private static final class Wrapped extends RuntimeException {
        Wrapped(Throwable cause) {
            super(cause);
        }
    }
}
