package dev.relive.inspect;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * A value found at a path, with where it lives so it can be set.
 *
 * @param value    the value (for a {@link NodeKind#CLASS} row, null)
 * @param declared the type its slot declares (the field's, the array's component, or the value's own class)
 * @param slot     where it is held, or null when it cannot be set
 * @param kind     its kind
 * @param owner    for a {@link NodeKind#CLASS} row, the class
 */
record Target(Object value, Class<?> declared, Slot slot, NodeKind kind, Class<?> owner) {

    /** Where a value is held. */
    sealed interface Slot {
        /** Stores {@code value}, which already has the slot's type. */
        void set(Object value) throws ReflectiveOperationException;

        /** Whether the slot may be written. */
        boolean writable();
    }

    /** A field of {@code holder} (null for a static field). */
    record FieldSlot(Field field, Object holder) implements Slot {
        public void set(Object value) throws IllegalAccessException {
            field.set(holder, value);
        }

        public boolean writable() {
            return !Modifier.isFinal(field.getModifiers());
        }
    }

    /** An element of an array. */
    record ArraySlot(Object array, int index) implements Slot {
        public void set(Object value) {
            Array.set(array, index, value);
        }

        public boolean writable() {
            return true;
        }
    }

    /** An element of a JDK list. */
    record ListSlot(List<Object> list, int index) implements Slot {
        public void set(Object value) {
            list.set(index, value);
        }

        public boolean writable() {
            return true;
        }
    }

    /** Whether a person can set this value by typing it. */
    boolean editable() {
        if (slot == null || !slot.writable()) {
            return false;
        }
        if (slot instanceof ListSlot) {
            return value != null && Values.typable(value.getClass());
        }
        return Values.typable(declared);
    }

    /** The type shown for this row: the value's own class, or the declared type for null and primitives. */
    String typeName() {
        if (kind == NodeKind.CLASS) {
            return "class";
        }
        if (value == null || declared.isPrimitive()) {
            return Values.simpleName(declared);
        }
        return Values.simpleName(value.getClass());
    }
}
