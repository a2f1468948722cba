package dev.relive.app.editor;

/**
 * A message pinned to a character range of the text: a compile diagnostic or a runtime error.
 *
 * @param start    first character of the range
 * @param end      first character after it; equal to {@code start} when only the line is known
 * @param severity how bad it is, which decides its colour and icon
 * @param message  what to tell the user, one line
 */
record Mark(int start, int end, Severity severity, String message) {

    /** How bad a mark is. */
    enum Severity {
        /** A compile error: the file did not compile. */
        ERROR("diagnostic-error"),
        /** An exception thrown by the running sketch on this line. */
        RUNTIME("runtime-error"),
        /** A compile warning. */
        WARNING("diagnostic-warning"),
        /** A compiler note. */
        NOTE("diagnostic-note");

        private final String styleClass;

        Severity(String styleClass) {
            this.styleClass = styleClass;
        }

        /** The CSS class of this severity, for underlines, gutter icons and tooltips. */
        String styleClass() {
            return styleClass;
        }

        /** The worst severity among {@code marks}, which must not be empty; declaration order ranks them. */
        static Severity worst(java.util.Collection<Mark> marks) {
            return marks.stream().map(Mark::severity).min(Enum::compareTo)
                    .orElseThrow(() -> new IllegalArgumentException("Marks must not be empty"));
        }

        /** The mark severity of a compiler diagnostic's. */
        static Severity ofCompiler(dev.relive.compile.Severity severity) {
            return switch (severity) {
                case ERROR -> ERROR;
                case WARNING -> WARNING;
                case NOTE -> NOTE;
            };
        }
    }

    /** Fails fast on a bad range, a null severity or a null message. */
    Mark {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Mark range must be ordered and non-negative, got " + start + ".." + end);
        }
        if (severity == null || message == null) {
            throw new IllegalArgumentException("Severity and message must not be null");
        }
    }

    /** Whether the mark underlines characters, rather than only flagging its line. */
    boolean hasRange() {
        return end > start;
    }

    /** This mark after {@code removed} characters at {@code position} were replaced by {@code inserted}; null once its text is gone. */
    Mark shifted(int position, int removed, int inserted) {
        int newStart = TextShift.start(start, position, removed, inserted);
        if (!hasRange()) {
            return new Mark(newStart, newStart, severity, message);
        }
        int newEnd = TextShift.end(end, position, removed, inserted);
        return newEnd > newStart ? new Mark(newStart, newEnd, severity, message) : null;
    }
}
