package dev.relive.compile;

/**
 * One compiler message, located in a sketch file.
 *
 * @param file     path relative to the sketch folder, written with {@code /}
 * @param line     1-based line, or 0 when the message has no position
 * @param column   1-based column, or 0 when the message has no position
 * @param start    character offset where the flagged range starts, or -1
 * @param end      character offset where the flagged range ends (exclusive), or -1
 * @param severity how bad it is
 * @param message  the compiler's message, one line
 */
public record Diagnostic(String file, long line, long column, long start, long end, Severity severity, String message) {

    /** A file-level error with no position, such as an unreadable file. */
    public static Diagnostic fileError(String file, long line, String message) {
        return new Diagnostic(file, line, line > 0 ? 1 : 0, -1, -1, Severity.ERROR, message);
    }

    /** Whether this message stops the compile. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: severity: message}, the form terminals and editors link. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
