package dev.relive.migrate;

import java.lang.reflect.Field;

/**
 * Creates the new-generation twin of a migrated object without running any constructor: the twin's fields are
 * then filled from the old object, or from the class's initializer methods for new and reset fields. Running
 * a user constructor here could have side effects on the new generation, such as counting instances twice.
 */
final class Allocator {

    private static final sun.misc.Unsafe UNSAFE = unsafe();

    private Allocator() {
    }

    /** A new, unconstructed instance of {@code type}. */
    static Object allocate(Class<?> type) throws Untranslatable {
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
