package dev.relive.migrate;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

/**
 * Creates the new-generation twin of a migrated object. A class with a no-argument constructor is built
 * through it, so new fields get their initializer values; any other class is allocated without a
 * constructor call and its new fields start at their defaults.
 */
final class Allocator {

    private static final sun.misc.Unsafe UNSAFE = unsafe();

    private Allocator() {
    }

    /** A new instance of {@code type}; {@code viaConstructor} is set when initializers ran. */
    static Object allocate(Class<?> type, boolean[] viaConstructor) throws Untranslatable {
        try {
            Constructor<?> noArgs = type.getDeclaredConstructor();
            noArgs.setAccessible(true);
            viaConstructor[0] = true;
            return noArgs.newInstance();
        } catch (NoSuchMethodException e) {
            viaConstructor[0] = false;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            viaConstructor[0] = false; // the constructor threw: fall back to a bare allocation, fields are copied anyway
        }
        try {
            return UNSAFE.allocateInstance(type);
        } catch (InstantiationException e) {
            throw new Untranslatable("cannot create an instance of " + type.getName() + ": " + e.getMessage());
        }
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Relive needs sun.misc.Unsafe (module jdk.unsupported) to migrate objects", e);
        }
    }
}
