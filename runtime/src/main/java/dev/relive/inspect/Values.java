package dev.relive.inspect;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * How a value is classified and shown, without running sketch code: only JDK values' own text is used
 * ({@code toString} of strings, boxed primitives and JDK numbers, {@code name()} of enums); other objects show
 * their type and identity.
 */
final class Values {

    /** Strings longer than this are cut in the value column. */
    static final int MAX_TEXT = 200;

    private Values() {
    }

    /** The kind of {@code value} in a program whose classes {@code state} names. */
    static NodeKind kind(SketchState state, Object value) {
        if (value == null) {
            return NodeKind.NULL;
        }
        Class<?> c = value.getClass();
        if (value instanceof String) {
            return NodeKind.STRING;
        }
        if (value instanceof Enum<?>) {
            return NodeKind.ENUM;
        }
        if (c.isArray()) {
            return NodeKind.ARRAY;
        }
        if (state.owns(c)) {
            return NodeKind.OBJECT; // a sketch class, even one extending a JDK collection: read by its fields
        }
        if (boxed(c) || value instanceof Number) {
            return NodeKind.VALUE;
        }
        if (value instanceof Map<?, ?>) {
            return NodeKind.MAP;
        }
        if (value instanceof Set<?>) {
            return NodeKind.SET;
        }
        if (value instanceof Collection<?>) {
            return NodeKind.LIST;
        }
        return NodeKind.OPAQUE;
    }

    /** Whether {@code c} is a boxed primitive. */
    static boolean boxed(Class<?> c) {
        return c == Integer.class || c == Long.class || c == Double.class || c == Float.class || c == Short.class
                || c == Byte.class || c == Character.class || c == Boolean.class;
    }

    /** Whether a slot declared as {@code type} holds a value a person can type: primitive, boxed, string or enum. */
    static boolean typable(Class<?> type) {
        return type.isPrimitive() || boxed(type) || type == String.class || type.isEnum();
    }

    /** The size of an array or JDK collection, else -1. */
    static int size(NodeKind kind, Object value) {
        return switch (kind) {
            case ARRAY -> java.lang.reflect.Array.getLength(value);
            case LIST, SET -> ((Collection<?>) value).size();
            case MAP -> ((Map<?, ?>) value).size();
            default -> -1;
        };
    }

    /** The value as the value column shows it. */
    static String text(NodeKind kind, Object value) {
        return switch (kind) {
            case NULL -> "null";
            case STRING -> quote((String) value);
            case ENUM -> ((Enum<?>) value).name();
            case VALUE -> value instanceof Character ch ? "'" + ch + "'" : value.toString();
            case ARRAY, LIST, SET, MAP -> "size " + size(kind, value);
            case SKETCH, CLASS, OBJECT, OPAQUE -> simpleName(value.getClass()) + "@"
                    + Integer.toHexString(System.identityHashCode(value));
        };
    }

    /** A map key as it appears in a path and a row name: a string as is, any other value as its column text. */
    static String keyText(SketchState state, Object key) {
        return key instanceof String s ? s : text(kind(state, key), key);
    }

    /** A type as a person reads it: {@code Ball}, {@code int[]}, {@code ArrayList}. */
    static String simpleName(Class<?> c) {
        if (c.isArray()) {
            return simpleName(c.getComponentType()) + "[]";
        }
        String name = c.getName();
        String simple = name.substring(name.lastIndexOf('.') + 1);
        int dollar = simple.lastIndexOf('$');
        if (dollar >= 0 && c.getSimpleName().length() > 0) {
            return c.getSimpleName();
        }
        return simple;
    }

    private static String quote(String s) {
        String cut = s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "…" : s;
        return '"' + cut.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + '"';
    }
}
