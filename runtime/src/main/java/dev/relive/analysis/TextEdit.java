package dev.relive.analysis;

/**
 * Replace the characters {@code [start, end)} of {@code file} with {@code text}: how a rename or an added import is
 * handed to the editor, which applies it.
 *
 * @param file  relative path of the sketch file
 * @param start first character replaced
 * @param end   first character kept after the replaced range
 * @param text  what goes in their place
 */
public record TextEdit(String file, int start, int end, String text) {

    /** Fails fast on a bad range. */
    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Edit range must be ordered and non-negative, got " + start + ".." + end);
        }
    }

    /** {@code source} with this edit applied. */
    public String applyTo(String source) {
        return source.substring(0, start) + text + source.substring(end);
    }
}
