package dev.relive.inspect;

import java.util.List;

/**
 * The roots of the live program's state.
 *
 * @param instance the sketch instance in loop mode, null in script mode
 * @param entry    the entry class
 * @param classes  every class of the live generation, in name order
 */
public record SketchState(Object instance, Class<?> entry, List<Class<?>> classes) {

    public SketchState {
        classes = List.copyOf(classes);
    }

    /** The sketch class named {@code name} (simple or full name), or null. */
    Class<?> sketchClass(String name) {
        for (Class<?> c : classes) {
            if (c.getName().equals(name) || Values.simpleName(c).equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Whether {@code c} is one of this generation's classes. */
    boolean owns(Class<?> c) {
        return c != null && c.getClassLoader() == entry.getClassLoader();
    }
}
