package dev.relive.app.editor;

/**
 * A style class laid over a character range on top of the syntax colours, such as the underline of a
 * compile error or the box around a matching bracket.
 *
 * @param start      first character covered
 * @param end        first character after the range
 * @param styleClass the CSS class added to the characters
 */
record Overlay(int start, int end, String styleClass) {

    /** Whether the overlay covers at least one character of {@code [from, to)}. */
    boolean intersects(int from, int to) {
        return start < to && end > from && start < end;
    }

    /** This overlay after a text change (see {@link TextShift}); null once its characters are gone. */
    Overlay shifted(int position, int removed, int inserted) {
        int newStart = TextShift.start(start, position, removed, inserted);
        int newEnd = TextShift.end(end, position, removed, inserted);
        return newEnd > newStart ? new Overlay(newStart, newEnd, styleClass) : null;
    }
}
