package dev.relive.app.tweak;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A Java number literal as written, able to step its value and write it back in the same form: an {@code int}
 * stays an {@code int}, {@code 2.50} keeps two decimals, {@code 0xFF} stays hex with as many digits, and type
 * suffixes ({@code f}, {@code L}, {@code d}) and exponents are kept. One step is one unit of the last digit
 * written, so {@code 7} moves by 1 and {@code 2.5} by 0.1. Values stay within what the literal's type can hold.
 *
 * <p>A pure value: no toolkit, so the scrubbing rules are unit-tested on their own.
 */
public final class NumberLiteral {

    /** The Java type of a literal, which bounds the values it may take. */
    public enum Type {
        /** No suffix, no point, no exponent. */
        INT,
        /** An {@code L} or {@code l} suffix. */
        LONG,
        /** An {@code f} or {@code F} suffix. */
        FLOAT,
        /** A point, an exponent or a {@code d}/{@code D} suffix. */
        DOUBLE
    }

    /**
     * How a literal is written, apart from its value.
     *
     * @param type         its Java type
     * @param radix        2, 8, 10 or 16
     * @param prefix       "", "0x", "0X", "0b", "0B" or "0" (octal)
     * @param width        digits of a hex, binary or octal literal, kept by padding with zeros
     * @param upper        whether hex digits are capitals
     * @param scale        digits after the point of a decimal literal
     * @param point        whether a decimal literal has a point
     * @param bareFraction whether it starts with its point, as in {@code .5}
     * @param exponent     the exponent as written, such as {@code e-3}, or ""
     * @param suffix       the type suffix as written, or ""
     */
    private record Form(Type type, int radix, String prefix, int width, boolean upper, int scale, boolean point,
                        boolean bareFraction, String exponent, String suffix) {
    }

    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    /** A hex, octal or binary int may spell any 32-bit pattern, such as {@code 0xFFFFFFFF}. */
    private static final BigDecimal UNSIGNED_INT_MAX = new BigDecimal(BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE));
    private static final BigDecimal UNSIGNED_LONG_MAX = new BigDecimal(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    private static final BigDecimal FLOAT_MAX = new BigDecimal(Float.MAX_VALUE);
    private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);

    private final BigDecimal value;
    private final Form form;

    private NumberLiteral(BigDecimal value, Form form) {
        this.value = value;
        this.form = form;
    }

    /**
     * The literal spelled by {@code text}, a number token optionally preceded by a unary minus; empty when it is
     * not a number literal this class can step (hex floats, malformed text).
     */
    public static Optional<NumberLiteral> parse(String text) {
        Objects.requireNonNull(text, "Text must not be null");
        boolean negative = text.startsWith("-");
        String body = (negative ? text.substring(1) : text).replace("_", "");
        if (body.isEmpty() || !Character.isDigit(body.charAt(0)) && body.charAt(0) != '.') {
            return Optional.empty();
        }
        Optional<NumberLiteral> parsed = isPrefixed(body) || isOctal(body) ? parseRadix(body) : parseDecimal(body);
        return negative ? parsed.map(n -> new NumberLiteral(n.value.negate(), n.form)) : parsed;
    }

    /** The value. */
    public BigDecimal value() {
        return value;
    }

    /** The Java type, from the suffix, point and exponent. */
    public Type type() {
        return form.type();
    }

    /** One unit of the last digit written: 1 for integers, 0.1 for {@code 2.5}, 0.01 for {@code 2.50}. */
    public BigDecimal step() {
        return BigDecimal.ONE.scaleByPowerOfTen(-form.scale());
    }

    /** This literal moved by {@code steps} steps (negative steps go down), kept within its type's range. */
    public NumberLiteral stepped(long steps) {
        return new NumberLiteral(clamp(value.add(step().multiply(BigDecimal.valueOf(steps)))), form);
    }

    /** The literal as Java source, in the form it was written in; negative values start with {@code -}. */
    public String text() {
        String sign = value.signum() < 0 ? "-" : "";
        BigDecimal magnitude = value.abs();
        if (form.radix() != 10) {
            String digits = magnitude.toBigInteger().toString(form.radix());
            digits = "0".repeat(Math.max(0, form.width() - digits.length()))
                    + (form.upper() ? digits.toUpperCase(Locale.ROOT) : digits);
            return sign + form.prefix() + digits + form.suffix();
        }
        String mantissa = magnitude.setScale(form.scale()).toPlainString();
        if (form.bareFraction() && mantissa.startsWith("0.")) {
            mantissa = mantissa.substring(1);
        }
        if (form.point() && form.scale() == 0) {
            mantissa += ".";
        }
        return sign + mantissa + form.exponent() + form.suffix();
    }

    @Override
    public String toString() {
        return text();
    }

    private BigDecimal clamp(BigDecimal v) {
        BigDecimal max;
        BigDecimal min;
        switch (form.type()) {
            case INT -> {
                max = form.radix() == 10 ? INT_MAX : UNSIGNED_INT_MAX;
                min = form.radix() == 10 ? INT_MIN : UNSIGNED_INT_MAX.negate();
            }
            case LONG -> {
                max = form.radix() == 10 ? LONG_MAX : UNSIGNED_LONG_MAX;
                min = form.radix() == 10 ? LONG_MIN : UNSIGNED_LONG_MAX.negate();
            }
            case FLOAT -> {
                max = FLOAT_MAX;
                min = FLOAT_MAX.negate();
            }
            default -> {
                max = DOUBLE_MAX;
                min = DOUBLE_MAX.negate();
            }
        }
        return v.max(min).min(max);
    }

    private static boolean isPrefixed(String body) {
        return body.length() > 1 && body.charAt(0) == '0' && "xXbB".indexOf(body.charAt(1)) >= 0;
    }

    /** {@code 017} is octal in Java; {@code 0}, {@code 0.5}, {@code 017f} and {@code 0e1} are decimal. */
    private static boolean isOctal(String body) {
        String digits = stripLongSuffix(body);
        return digits.length() > 1 && digits.charAt(0) == '0' && digits.chars().allMatch(Character::isDigit);
    }

    /** A hex, binary or octal integer; {@code body} has no sign and no underscores. */
    private static Optional<NumberLiteral> parseRadix(String body) {
        String suffix = body.endsWith("L") || body.endsWith("l") ? body.substring(body.length() - 1) : "";
        String unsuffixed = body.substring(0, body.length() - suffix.length());
        String prefix = isPrefixed(unsuffixed) ? unsuffixed.substring(0, 2) : "0";
        int radix = switch (Character.toLowerCase(prefix.charAt(prefix.length() - 1))) {
            case 'x' -> 16;
            case 'b' -> 2;
            default -> 8;
        };
        String digits = unsuffixed.substring(prefix.length());
        if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.digit(c, radix) >= 0)) {
            return Optional.empty();
        }
        boolean upper = digits.chars().noneMatch(c -> c >= 'a' && c <= 'f');
        Type type = suffix.isEmpty() ? Type.INT : Type.LONG;
        Form form = new Form(type, radix, prefix, digits.length(), upper, 0, false, false, "", suffix);
        return Optional.of(new NumberLiteral(new BigDecimal(new BigInteger(digits, radix)), form));
    }

    /** A decimal integer or floating-point literal; {@code body} has no sign and no underscores. */
    private static Optional<NumberLiteral> parseDecimal(String body) {
        char last = body.charAt(body.length() - 1);
        String suffix = "lLfFdD".indexOf(last) >= 0 ? String.valueOf(last) : "";
        String unsuffixed = body.substring(0, body.length() - suffix.length());
        int e = Math.max(unsuffixed.indexOf('e'), unsuffixed.indexOf('E'));
        String exponent = e < 0 ? "" : unsuffixed.substring(e);
        String mantissa = e < 0 ? unsuffixed : unsuffixed.substring(0, e);
        int dot = mantissa.indexOf('.');
        String whole = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String fraction = dot < 0 ? "" : mantissa.substring(dot + 1);
        boolean valid = !(whole + fraction).isEmpty() && isDigits(whole) && isDigits(fraction)
                && (exponent.isEmpty() || exponent.matches("[eE][+-]?\\d+"));
        Type type = switch (suffix.toLowerCase(Locale.ROOT)) {
            case "l" -> Type.LONG;
            case "f" -> Type.FLOAT;
            case "d" -> Type.DOUBLE;
            default -> dot >= 0 || !exponent.isEmpty() ? Type.DOUBLE : Type.INT;
        };
        if (!valid || type == Type.LONG && (dot >= 0 || !exponent.isEmpty())) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal((whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
        Form form = new Form(type, 10, "", 0, false, fraction.length(), dot >= 0, whole.isEmpty(), exponent, suffix);
        return Optional.of(new NumberLiteral(value, form));
    }

    private static String stripLongSuffix(String body) {
        return body.endsWith("L") || body.endsWith("l") ? body.substring(0, body.length() - 1) : body;
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
