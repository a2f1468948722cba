package dev.relive.migrate;

import java.util.Map;

/**
 * Primitive and boxed conversions allowed across a field's type change: the JLS widening conversions only,
 * so {@code int}→{@code long} keeps the value and {@code long}→{@code int} resets it.
 */
final class Conversions {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            boolean.class, Boolean.class, byte.class, Byte.class, short.class, Short.class, char.class, Character.class,
            int.class, Integer.class, long.class, Long.class, float.class, Float.class, double.class, Double.class);

    private static final Map<Class<?>, Integer> RANK = Map.of(
            Byte.class, 1, Short.class, 2, Character.class, 2, Integer.class, 3, Long.class, 4, Float.class, 5, Double.class, 6);

    private Conversions() {
    }

    /** The box of a primitive type, or the type itself. */
    static Class<?> boxed(Class<?> type) {
        return BOXES.getOrDefault(type, type);
    }

    /** Whether {@code value} fits {@code target} as it is (null only fits reference types). */
    static boolean fits(Object value, Class<?> target) {
        if (value == null) {
            return !target.isPrimitive();
        }
        return boxed(target).isInstance(value);
    }

    /** {@code value} widened to {@code target}, or an {@link Untranslatable} naming the types. */
    static Object widen(Object value, Class<?> target) throws Untranslatable {
        if (fits(value, target)) {
            return value;
        }
        Class<?> to = boxed(target);
        Integer from = value == null ? null : RANK.get(value.getClass());
        Integer toRank = RANK.get(to);
        boolean widening = from != null && toRank != null && from < toRank
                && !(value instanceof Character && (to == Short.class))
                && !(to == Character.class);
        if (!widening) {
            throw new Untranslatable("type changed from " + (value == null ? "null" : value.getClass().getSimpleName())
                    + " to " + target.getSimpleName());
        }
        long asLong = value instanceof Character c ? c : ((Number) value).longValue();
        if (to == Short.class) {
            return (short) asLong;
        }
        if (to == Integer.class) {
            return (int) asLong;
        }
        if (to == Long.class) {
            return asLong;
        }
        double asDouble = value instanceof Character c ? c : ((Number) value).doubleValue();
        return to == Float.class ? (Object) (float) asDouble : (Object) asDouble;
    }
}
