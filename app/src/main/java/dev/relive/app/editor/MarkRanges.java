package dev.relive.app.editor;

import dev.relive.compile.Diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out which characters a diagnostic or a runtime error is about. The compiler's own offsets
 * win; without them the 1-based line and column are used, and the mark runs to the end of the token
 * found there. An empty range, such as javac's "';' expected" right after a token, is widened to the
 * character before it so there is something to underline.
 */
final class MarkRanges {

    /** javac counts a tab as reaching the next multiple of eight when it reports a column. */
    private static final int JAVAC_TAB_WIDTH = 8;

    private MarkRanges() {
    }

    /** The mark for a diagnostic of the file whose current text is {@code text}. */
    static Mark ofDiagnostic(Diagnostic d, String text) {
        Mark.Severity severity = Mark.Severity.ofCompiler(d.severity());
        if (d.start() >= 0) {
            int start = clamp(d.start(), text.length());
            int end = Math.max(start, clamp(d.end(), text.length()));
            int[] range = end > start ? new int[] {start, end} : around(text, start);
            return new Mark(range[0], range[1], severity, d.message());
        }
        if (d.line() <= 0) {
            return new Mark(0, 0, severity, d.message());
        }
        int lineStart = lineStart(text, (int) Math.min(d.line(), Integer.MAX_VALUE));
        int lineEnd = lineEnd(text, lineStart);
        int[] range = d.column() <= 0
                ? trimmed(text, lineStart, lineEnd)
                : around(text, columnOffset(text, lineStart, lineEnd, d.column()));
        return new Mark(range[0], range[1], severity, d.message());
    }

    /** The mark for a runtime error at 1-based {@code line}: the whole line. */
    static Mark ofRuntime(int line, String message, String text) {
        int lineStart = lineStart(text, Math.max(1, line));
        return new Mark(lineStart, lineEnd(text, lineStart), Mark.Severity.RUNTIME, message == null ? "" : message);
    }

    /** The token at {@code offset}, or failing that the character just before it, or the line's text. */
    private static int[] around(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = lineEnd(text, lineStart);
        List<Token> tokens = new ArrayList<>();
        JavaLexer.lex(text, lineStart, lineEnd, LexState.CODE, tokens);
        for (Token token : tokens) {
            if (token.start() <= offset && offset < token.end()) {
                return new int[] {offset, token.end()};
            }
        }
        for (int i = offset - 1; i >= lineStart; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return new int[] {i, i + 1};
            }
        }
        return trimmed(text, lineStart, lineEnd);
    }

    /** The line's text without leading and trailing blanks; empty at the line start for a blank line. */
    private static int[] trimmed(String text, int lineStart, int lineEnd) {
        int start = lineStart;
        int end = lineEnd;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new int[] {start, end} : new int[] {lineStart, lineStart};
    }

    /** The offset of a javac column on a line, expanding tabs as javac does; clamped to the line end. */
    private static int columnOffset(String text, int lineStart, int lineEnd, long column) {
        long visual = 1;
        int i = lineStart;
        while (i < lineEnd && visual < column) {
            visual = text.charAt(i) == '\t' ? (visual - 1) / JAVAC_TAB_WIDTH * JAVAC_TAB_WIDTH + JAVAC_TAB_WIDTH + 1 : visual + 1;
            i++;
        }
        return i;
    }

    /** The offset where 1-based {@code line} starts; the last line's start if the text is shorter. */
    private static int lineStart(String text, int line) {
        int start = 0;
        for (int n = 1; n < line; n++) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                return start;
            }
            start = next + 1;
        }
        return start;
    }

    private static int lineEnd(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        return end < 0 ? text.length() : end;
    }

    private static int clamp(long offset, int length) {
        return (int) Math.max(0, Math.min(offset, length));
    }
}
