package dev.relive.inspect;

import java.util.Arrays;

/**
 * Sets one value the person typed: a primitive, boxed value, string or enum constant held in a field, an array
 * element or a JDK list element. Text that is not a value of the slot's type (letters in an {@code int}) and final
 * fields are refused with a message. Runtime thread only, between two steps.
 */
public final class Assigner {

    private Assigner() {
    }

    /** Sets the value at {@code path} to {@code text}, parsed by the slot's type. */
    public static Assignment assign(SketchState state, String path, String text) {
        StatePath parsed = StatePath.parse(path);
        if (parsed.segments().isEmpty()) {
            throw new IllegalArgumentException("say which value to set, such as 'set speed 5'");
        }
        Navigator nav = new Navigator(state);
        Target target = Inspector.resolve(nav, parsed);
        String label = label(state, parsed, path.strip());
        if (target.slot() == null) {
            throw new IllegalArgumentException("cannot set " + label + ": only fields and array or list elements can be set");
        }
        if (!target.slot().writable()) {
            throw new IllegalArgumentException("cannot set " + label + ": it is final");
        }
        if (!target.editable()) {
            throw new IllegalArgumentException("cannot set " + label + ": only numbers, booleans, characters, strings"
                    + " and enum constants can be typed in, and it is a " + target.typeName());
        }
        Class<?> type = target.slot() instanceof Target.ListSlot ? target.value().getClass() : target.declared();
        Object value = parse(type, text, label);
        String before = Values.text(target.kind(), target.value());
        try {
            target.slot().set(value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot set " + label + ": " + e.getMessage(), e);
        }
        Object now = Inspector.resolve(nav, parsed).value();
        return new Assignment(label, before, Values.text(Values.kind(state, now), now));
    }

    /** The path as the console names it: prefixed with the sketch class unless it starts with a class name. */
    private static String label(SketchState state, StatePath path, String text) {
        boolean classFirst = path.segments().get(0) instanceof StatePath.Name n && !new Navigator(state).isInstanceField(n.name());
        return classFirst ? text : Values.simpleName(state.entry()) + "." + text;
    }

    /** {@code text} as a value of {@code type}; refused with a message naming the type. */
    static Object parse(Class<?> type, String text, String label) {
        String t = text == null ? "" : text.strip();
        try {
            if (type == String.class) {
                if (t.equals("null")) {
                    return null;
                }
                return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : text;
            }
            if (!type.isPrimitive() && t.equals("null")) {
                return null;
            }
            if (type == int.class || type == Integer.class) {
                return Integer.valueOf(t);
            }
            if (type == long.class || type == Long.class) {
                return Long.valueOf(t.endsWith("L") || t.endsWith("l") ? t.substring(0, t.length() - 1) : t);
            }
            if (type == double.class || type == Double.class) {
                return Double.valueOf(t);
            }
            if (type == float.class || type == Float.class) {
                return Float.valueOf(t);
            }
            if (type == short.class || type == Short.class) {
                return Short.valueOf(t);
            }
            if (type == byte.class || type == Byte.class) {
                return Byte.valueOf(t);
            }
            if (type == boolean.class || type == Boolean.class) {
                if (t.equals("true") || t.equals("false")) {
                    return Boolean.valueOf(t);
                }
                throw new NumberFormatException(t);
            }
            if (type == char.class || type == Character.class) {
                String c = t.length() == 3 && t.startsWith("'") && t.endsWith("'") ? t.substring(1, 2) : t;
                if (c.length() != 1) {
                    throw new NumberFormatException(t);
                }
                return c.charAt(0);
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(t)) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException("cannot set " + label + ": '" + t + "' is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot set " + label + ": '" + t + "' is not " + article(type)
                    + Values.simpleName(type), e);
        }
        throw new IllegalArgumentException("cannot set " + label + ": a " + Values.simpleName(type) + " cannot be typed in");
    }

    private static String article(Class<?> type) {
        String n = Values.simpleName(type);
        return "aeiouAEIOU".indexOf(n.charAt(0)) >= 0 ? "an " : "a ";
    }
}
