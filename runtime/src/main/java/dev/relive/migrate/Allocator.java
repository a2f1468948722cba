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

    /** The offset of an instance field, for {@link #getReference} and {@link #putReference}. */
    static long offset(Field field) {
        return UNSAFE.objectFieldOffset(field);
    }

    /** The reference held by an instance field at {@code offset}, read without an access check. */
    static Object getReference(Object target, long offset) {
        return UNSAFE.getObject(target, offset);
    }

    /** Writes a reference into the instance field at {@code offset}; the caller has checked that it fits. */
    static void putReference(Object target, long offset, Object value) {
        UNSAFE.putObject(target, offset, value);
    }

    /** Copies one primitive field by offset; {@code kind} is the type's descriptor letter, switched on per object. */
    record PrimitiveCopy(char kind, long from, long to) {
        PrimitiveCopy(Class<?> type, long from, long to) {
            this(type.descriptorString().charAt(0), from, to);
        }

        void copy(Object source, Object target) {
            switch (kind) {
                case 'D' -> UNSAFE.putDouble(target, to, UNSAFE.getDouble(source, from));
                case 'I' -> UNSAFE.putInt(target, to, UNSAFE.getInt(source, from));
                case 'J' -> UNSAFE.putLong(target, to, UNSAFE.getLong(source, from));
                case 'F' -> UNSAFE.putFloat(target, to, UNSAFE.getFloat(source, from));
                case 'Z' -> UNSAFE.putBoolean(target, to, UNSAFE.getBoolean(source, from));
                case 'B' -> UNSAFE.putByte(target, to, UNSAFE.getByte(source, from));
                case 'S' -> UNSAFE.putShort(target, to, UNSAFE.getShort(source, from));
                default -> UNSAFE.putChar(target, to, UNSAFE.getChar(source, from));
            }
        }
    }

    /**
     * The value of the field {@code name} declared by {@code declaring} in {@code target}, read by offset: JDK
     * containers keep their backing collection, comparator or element type in private fields that reflection may
     * not open without {@code --add-opens}, and migration only reads them. Throws when there is no such field.
     */
    static Object readField(Object target, Class<?> declaring, String name) throws Untranslatable {
        try {
            Field field = declaring.getDeclaredField(name);
            long offset = UNSAFE.objectFieldOffset(field);
            return field.getType() == boolean.class ? (Object) UNSAFE.getBoolean(target, offset) : UNSAFE.getObject(target, offset);
        } catch (NoSuchFieldException | RuntimeException e) {
            throw new Untranslatable("cannot read " + declaring.getName() + "." + name + " on this JDK: " + e);
        }
    }

    /** Every reference held by an instance field of {@code target} (JDK classes included), or empty when unreadable. */
    static java.util.List<Object> references(Object target) {
        long[] offsets = REFERENCE_OFFSETS.get(target.getClass());
        java.util.List<Object> values = new java.util.ArrayList<>(offsets.length);
        for (long offset : offsets) {
            values.add(UNSAFE.getObject(target, offset));
        }
        return values;
    }

    /** The offsets of every reference instance field of a class and its superclasses; none for hidden classes and records. */
    private static final ClassValue<long[]> REFERENCE_OFFSETS = new ClassValue<>() {
        @Override
        protected long[] computeValue(Class<?> type) {
            java.util.List<Long> offsets = new java.util.ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.isHidden() || c.isRecord()) {
                    return new long[0];
                }
                for (Field f : c.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                        offsets.add(UNSAFE.objectFieldOffset(f));
                    }
                }
            }
            return offsets.stream().mapToLong(Long::longValue).toArray();
        }
    };

    /**
     * Writes a static field, final or not: a {@code static final List<String> LOG} keeps its running list like
     * any other static, which reflection refuses to write.
     */
    static void writeStatic(Field field, Object value) {
        Object base = UNSAFE.staticFieldBase(field);
        long offset = UNSAFE.staticFieldOffset(field);
        Class<?> type = field.getType();
        if (!type.isPrimitive()) {
            UNSAFE.putObjectVolatile(base, offset, value);
        } else if (type == double.class) {
            UNSAFE.putDouble(base, offset, (Double) value);
        } else if (type == int.class) {
            UNSAFE.putInt(base, offset, (Integer) value);
        } else if (type == long.class) {
            UNSAFE.putLong(base, offset, (Long) value);
        } else if (type == float.class) {
            UNSAFE.putFloat(base, offset, (Float) value);
        } else if (type == boolean.class) {
            UNSAFE.putBoolean(base, offset, (Boolean) value);
        } else if (type == byte.class) {
            UNSAFE.putByte(base, offset, (Byte) value);
        } else if (type == short.class) {
            UNSAFE.putShort(base, offset, (Short) value);
        } else {
            UNSAFE.putChar(base, offset, (Character) value);
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
