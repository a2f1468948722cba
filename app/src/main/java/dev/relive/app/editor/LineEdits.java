package dev.relive.app.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits that work on whole lines: indent, outdent, toggle line comments. Each produces one
 * {@link Change} per line, which both rewrites the block and tells where a caret on that line moves.
 * Pure string work, so it is tested without a toolkit.
 */
final class LineEdits {

    /** One indentation step; Relive indents with spaces. */
    static final String INDENT = "    ";
    private static final String COMMENT = "//";

    private LineEdits() {
    }

    /**
     * What happens to one line: {@code removed} characters at {@code column} make way for {@code inserted}.
     *
     * @param column   where the change happens
     * @param removed  how many characters go
     * @param inserted what comes in their place
     */
    record Change(int column, int removed, String inserted) {

        /** The change that leaves a line alone. */
        static final Change NONE = new Change(0, 0, "");

        /** Whether the change alters nothing. */
        boolean isNone() {
            return removed == 0 && inserted.isEmpty();
        }

        /** Where a caret at {@code caretColumn} of this line ends up. */
        int map(int caretColumn) {
            if (caretColumn < column) {
                return caretColumn;
            }
            if (caretColumn < column + removed) {
                return column;
            }
            return caretColumn - removed + inserted.length();
        }

        /** The line with this change made. */
        String applyTo(String line) {
            return line.substring(0, column) + inserted + line.substring(column + removed);
        }
    }

    /** Adds one indent to every non-empty line. */
    static List<Change> indent(List<String> lines) {
        return lines.stream().map(l -> l.isEmpty() ? Change.NONE : new Change(0, 0, INDENT)).toList();
    }

    /** Removes up to one indent (four spaces or a tab) from the start of every line. */
    static List<Change> outdent(List<String> lines) {
        return lines.stream().map(LineEdits::outdentLine).toList();
    }

    /**
     * Comments out every non-blank line with {@code // } at their common indent, unless all of them are
     * already line comments, in which case it removes the {@code //} and one space after it. A lone blank
     * line gets a comment at its end.
     */
    static List<Change> toggleComment(List<String> lines) {
        List<String> code = lines.stream().filter(l -> !l.isBlank()).toList();
        if (code.isEmpty()) {
            return lines.stream().map(l -> new Change(l.length(), 0, COMMENT + " ")).toList();
        }
        boolean allCommented = code.stream().allMatch(l -> l.stripLeading().startsWith(COMMENT));
        if (allCommented) {
            return lines.stream().map(LineEdits::uncommentLine).toList();
        }
        int column = code.stream().mapToInt(LineEdits::indentWidth).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? Change.NONE : new Change(column, 0, COMMENT + " ")).toList();
    }

    /** The block of {@code lines} with {@code changes} applied, joined with line breaks. */
    static String apply(List<String> lines, List<Change> changes) {
        List<String> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            result.add(changes.get(i).applyTo(lines.get(i)));
        }
        return String.join("\n", result);
    }

    /** The leading blanks of {@code line}. */
    static String indentOf(String line) {
        return line.substring(0, indentWidth(line));
    }

    private static int indentWidth(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static Change outdentLine(String line) {
        if (line.startsWith("\t")) {
            return new Change(0, 1, "");
        }
        int spaces = 0;
        while (spaces < INDENT.length() && spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces == 0 ? Change.NONE : new Change(0, spaces, "");
    }

    private static Change uncommentLine(String line) {
        if (line.isBlank()) {
            return Change.NONE;
        }
        int column = indentWidth(line);
        int removed = COMMENT.length() + (line.startsWith(" ", column + COMMENT.length()) ? 1 : 0);
        return new Change(column, removed, "");
    }
}
