package dev.relive.app.diff;

import java.util.Objects;

/**
 * One line of a diff, as a person reads it.
 *
 * @param kind    whether the line is kept, added, removed, or a header naming a file
 * @param text    the line's text without its line break (for a header, the file name and what happened to it)
 * @param oldLine 1-based line number in the old text, or 0 when the line is not in it
 * @param newLine 1-based line number in the new text, or 0 when the line is not in it
 */
public record DiffLine(Kind kind, String text, int oldLine, int newLine) {

    /** What a diff line says. */
    public enum Kind {
        /** In both texts. */
        SAME,
        /** Only in the new text. */
        ADDED,
        /** Only in the old text. */
        REMOVED,
        /** A header naming the file the following lines belong to, or a remark such as "no differences". */
        HEADER,
        /** Unchanged lines left out between two changes; the text says how many. */
        GAP
    }

    public DiffLine {
        Objects.requireNonNull(kind, "Kind must not be null");
        Objects.requireNonNull(text, "Text must not be null");
    }

    /** A header line. */
    public static DiffLine header(String text) {
        return new DiffLine(Kind.HEADER, text, 0, 0);
    }

    /** Stands for {@code count} unchanged lines left out. */
    public static DiffLine gap(int count) {
        return new DiffLine(Kind.GAP, "⋯ " + count + " unchanged line" + (count == 1 ? "" : "s"), 0, 0);
    }
}
