package dev.relive.analysis;

/**
 * A name in a sketch file: where a definition is, or one use of it.
 *
 * @param file  relative path of the sketch file
 * @param start first character of the name
 * @param end   first character after it
 * @param line  1-based line of {@code start}
 * @param text  the whole line, trimmed, for a results list
 */
public record Location(String file, int start, int end, int line, String text) {

    /** The location of {@code [start, end)} in {@code source}, the text of {@code file}. */
    static Location of(String file, String source, int start, int end) {
        int line = 1;
        for (int i = 0; i < start && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        int lineStart = source.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            lineStart = 0;
        }
        int lineEnd = source.indexOf('\n', start);
        String whole = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd).strip();
        return new Location(file, start, end, line, whole);
    }

    /** {@code file:line: text}, the form the console links. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + text;
    }
}
