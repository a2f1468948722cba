package dev.relive.app.editor;

/**
 * A half-open range of line indexes, {@code [from, to)}.
 *
 * @param from first line in the range
 * @param to   first line after the range
 */
record LineRange(int from, int to) {

    /** The empty range. */
    static final LineRange EMPTY = new LineRange(0, 0);

    /** Whether the range holds no line. */
    boolean isEmpty() {
        return to <= from;
    }

    /** The smallest range holding both this one and {@code other}; an empty range adds nothing. */
    LineRange union(LineRange other) {
        if (isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        return new LineRange(Math.min(from, other.from), Math.max(to, other.to));
    }
}
