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
     * A copier for a primitive field of the same type in both classes, which copies without boxing, or null when
     * the field is not primitive or its type changed. The fast path for 100,000 objects. It goes through the
     * (accessible) fields rather than {@code Unsafe} offsets: JDK 24 and later warn about every use of
     * {@code Unsafe}'s memory access, and later JDKs remove it; allocation without a constructor is not affected.
     */
    static PrimitiveCopy primitiveCopy(Field oldField, Field newField) {
        Class<?> type = newField.getType();
        if (!type.isPrimitive() || type != oldField.getType()) {
            return null;
        }
        return new PrimitiveCopy(type, oldField, newField);
    }

    /** Copies one primitive field, both fields made accessible by the caller. */
    record PrimitiveCopy(Class<?> type, Field from, Field to) {
        void copy(Object source, Object target) throws Untranslatable {
            try {
                if (type == double.class) {
                    to.setDouble(target, from.getDouble(source));
                } else if (type == int.class) {
                    to.setInt(target, from.getInt(source));
                } else if (type == long.class) {
                    to.setLong(target, from.getLong(source));
                } else if (type == float.class) {
                    to.setFloat(target, from.getFloat(source));
                } else if (type == boolean.class) {
                    to.setBoolean(target, from.getBoolean(source));
                } else if (type == byte.class) {
                    to.setByte(target, from.getByte(source));
                } else if (type == short.class) {
                    to.setShort(target, from.getShort(source));
                } else {
                    to.setChar(target, from.getChar(source));
                }
            } catch (IllegalAccessException e) {
                throw new Untranslatable("cannot copy field " + to + ": " + e.getMessage());
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
