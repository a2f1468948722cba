package dev.relive.load;

import dev.relive.failure.Phase;
import dev.relive.api.Sketch;
import dev.relive.failure.SketchFailure;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A generation's classes defined in their own fresh loader, verified, linked and initialized eagerly, with
 * its entry point found: the one class implementing {@link Sketch} (loop mode) or the class with
 * {@code main} (script mode).
 */
public final class LoadedGeneration {

    /** How a sketch runs. */
    public enum Mode { LOOP, SCRIPT }

    private final GenerationLoader loader;
    private final Map<String, Class<?>> classes;
    private final Class<?> entry;
    private final Mode mode;

    private LoadedGeneration(GenerationLoader loader, Map<String, Class<?>> classes, Class<?> entry, Mode mode) {
        this.loader = loader;
        this.classes = Collections.unmodifiableMap(classes);
        this.entry = entry;
        this.mode = mode;
    }

    /**
     * Defines and links every class of {@code bytes} in a new loader under {@code parent} and finds the entry
     * point. Static initializers run later, in {@link #initialize()}, as sketch code.
     */
    public static LoadedGeneration load(int generation, Map<String, byte[]> bytes, ClassLoader parent) throws SketchFailure {
        GenerationLoader loader = new GenerationLoader(generation, bytes, parent);
        Map<String, Class<?>> classes = new LinkedHashMap<>();
        for (String name : new TreeSet<>(bytes.keySet())) {
            try {
                classes.put(name, Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new SketchFailure(Phase.LOAD, e);
            }
        }
        WovenClasses.keepOnly(bytes.values());
        Class<?> entry = findEntry(classes.values());
        Mode mode = Sketch.class.isAssignableFrom(entry) ? Mode.LOOP : Mode.SCRIPT;
        return new LoadedGeneration(loader, classes, entry, mode);
    }

    /**
     * Runs the static initializers of every class, in name order, so a failing one rejects the generation before
     * it can run. Verification errors surface here too.
     */
    public void initialize() throws SketchFailure {
        for (Class<?> c : classes.values()) {
            try {
                Class.forName(c.getName(), true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new SketchFailure(e instanceof ExceptionInInitializerError ? Phase.STATIC_INIT : Phase.LOAD, e);
            }
        }
    }

    private static Class<?> findEntry(java.util.Collection<Class<?>> classes) throws SketchFailure {
        List<Class<?>> sketches = new ArrayList<>();
        List<Class<?>> mains = new ArrayList<>();
        for (Class<?> c : classes) {
            if (Sketch.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                sketches.add(c);
            } else if (hasMain(c)) {
                mains.add(c);
            }
        }
        if (sketches.size() > 1) {
            throw new SketchFailure(Phase.ENTRY, "more than one class implements dev.relive.api.Sketch: "
                    + String.join(" and ", sketches.stream().map(Class::getName).toList()) + "; keep exactly one");
        }
        if (sketches.size() == 1) {
            return sketches.get(0);
        }
        if (mains.size() == 1) {
            return mains.get(0);
        }
        Optional<Class<?>> named = mains.stream().filter(c -> c.getSimpleName().equals("Main")).findFirst();
        if (named.isPresent()) {
            return named.get();
        }
        if (mains.size() > 1) {
            throw new SketchFailure(Phase.ENTRY, "more than one class has public static void main(String[]): "
                    + String.join(" and ", mains.stream().map(Class::getName).toList()) + "; name the entry class Main");
        }
        throw new SketchFailure(Phase.ENTRY,
                "no entry point: make one class implement dev.relive.api.Sketch, or give one public static void main(String[])");
    }

    private static boolean hasMain(Class<?> c) {
        try {
            Method main = c.getDeclaredMethod("main", String[].class);
            return Modifier.isStatic(main.getModifiers()) && Modifier.isPublic(main.getModifiers());
        } catch (NoSuchMethodException | LinkageError e) {
            return false; // no main here, or a class whose members cannot even be listed: not an entry point
        }
    }

    /** The generation number. */
    public int generation() {
        return loader.generation();
    }

    /** This generation's loader. */
    public GenerationLoader loader() {
        return loader;
    }

    /** Binary name to class, for every sketch class. */
    public Map<String, Class<?>> classes() {
        return classes;
    }

    /** The class with this binary name in this generation, if it exists. */
    public Optional<Class<?>> find(String name) {
        return Optional.ofNullable(classes.get(name));
    }

    /** The entry class. */
    public Class<?> entry() {
        return entry;
    }

    /** Loop or script mode. */
    public Mode mode() {
        return mode;
    }
}
