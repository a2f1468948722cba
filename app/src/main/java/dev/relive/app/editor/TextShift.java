package dev.relive.app.editor;

/**
 * Where an offset lands after a text change replaced {@code removed} characters at {@code position}
 * with {@code inserted} ones. Ranges use {@link #start} for their start and {@link #end} for their end,
 * so typing just before a range pushes it along and typing just after it does not stretch it.
 */
final class TextShift {

    private TextShift() {
    }

    /** The new offset of a range start; a start inside the removed text moves after the inserted text. */
    static int start(int offset, int position, int removed, int inserted) {
        if (offset < position) {
            return offset;
        }
        return offset >= position + removed ? offset + inserted - removed : position + inserted;
    }

    /** The new offset of a range end; an end inside the removed text moves to where the change starts. */
    static int end(int offset, int position, int removed, int inserted) {
        if (offset <= position) {
            return offset;
        }
        return offset >= position + removed ? offset + inserted - removed : position;
    }
}
