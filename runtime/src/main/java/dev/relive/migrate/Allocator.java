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

    /**
     * A copier for a primitive field of the same type in both classes, which copies by field offset without
     * boxing, or null when the field is not primitive or its type changed. The fast path for 100,000 objects.
     */
    static PrimitiveCopy primitiveCopy(Field oldField, Field newField) {
        Class<?> type = newField.getType();
        if (!type.isPrimitive() || type != oldField.getType()) {
            return null;
        }
        return new PrimitiveCopy(type, UNSAFE.objectFieldOffset(oldField), UNSAFE.objectFieldOffset(newField));
    }

    /** Copies one primitive field by offset. */
    record PrimitiveCopy(Class<?> type, long from, long to) {
        void copy(Object source, Object target) {
            if (type == double.class) {
                UNSAFE.putDouble(target, to, UNSAFE.getDouble(source, from));
            } else if (type == int.class) {
                UNSAFE.putInt(target, to, UNSAFE.getInt(source, from));
            } else if (type == long.class) {
                UNSAFE.putLong(target, to, UNSAFE.getLong(source, from));
            } else if (type == float.class) {
                UNSAFE.putFloat(target, to, UNSAFE.getFloat(source, from));
            } else if (type == boolean.class) {
                UNSAFE.putBoolean(target, to, UNSAFE.getBoolean(source, from));
            } else if (type == byte.class) {
                UNSAFE.putByte(target, to, UNSAFE.getByte(source, from));
            } else if (type == short.class) {
                UNSAFE.putShort(target, to, UNSAFE.getShort(source, from));
            } else {
                UNSAFE.putChar(target, to, UNSAFE.getChar(source, from));
            }
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
