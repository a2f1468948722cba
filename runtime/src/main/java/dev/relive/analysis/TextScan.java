package dev.relive.analysis;

/**
 * Small reads of source text around the caret that need no parse: the identifier being typed, the line, the
 * argument list the caret is in, and the stand-in text that turns a half-typed line into one javac can attribute.
 */
final class TextScan {

    /** The name javac attributes in place of what is being typed; any identifier would do. */
    static final String PLACEHOLDER = "relive$";
    /** The placeholder as a call: a whole statement on its own, so the line parses cleanly. */
    static final String CALL = PLACEHOLDER + "()";

    private TextScan() {
    }

    /** Where the identifier that ends at {@code offset} starts ({@code offset} itself if none does). */
    static int identifierStart(String text, int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the identifier that starts at or holds {@code offset} ends. */
    static int identifierEnd(String text, int offset) {
        int i = Math.max(0, offset);
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The first character of {@code offset}'s line. */
    static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
    }

    /** Where {@code offset}'s line ends (its newline, or the end of the text). */
    static int lineEnd(String text, int offset) {
        int end = text.indexOf('\n', Math.min(offset, text.length()));
        return end < 0 ? text.length() : end;
    }

    /** The leading blanks of {@code offset}'s line. */
    static String indentOf(String text, int offset) {
        int start = lineStart(text, offset);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** The last non-blank character before {@code offset}, or -1. */
    static int previousNonBlank(String text, int offset) {
        int i = Math.min(offset, text.length()) - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /**
     * {@code text} with the rest of {@code at}'s line replaced by {@code insert}, the parentheses the line left open
     * closed, and a {@code ;}, up to the end of {@code caret}'s line: {@code c.ellipse(b.x, b.|} becomes {@code c.ellipse(b.x, b.relive$);} so javac sees
     * a whole statement, whatever followed.
     */
    static String cutLine(String text, int at, String insert, int caret) {
        int lineStart = lineStart(text, at);
        int open = Math.max(0, openParens(text, lineStart, at));
        return text.substring(0, at) + insert + ")".repeat(open) + ";" + text.substring(lineEnd(text, Math.max(at, caret)));
    }

    /** How many {@code (} in {@code [from, to)} are not closed there, ignoring string and char literals. */
    static int openParens(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = literalEnd(text, i, to);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return depth;
    }

    private static int literalEnd(String text, int quote, int limit) {
        char q = text.charAt(quote);
        for (int i = quote + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == q || c == '\n') {
                return i;
            }
        }
        return limit;
    }

    /**
     * The argument list holding {@code offset}: the offset of its {@code (} and the index of the argument typed, or
     * null when the caret is not inside a call's parentheses on this statement.
     */
    static int[] openCall(String text, int offset) {
        int depth = 0;
        int commas = 0;
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    return c == '(' ? new int[] {i, commas} : null;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                commas++;
            } else if ((c == ';' || c == '{' || c == '}') && depth == 0) {
                return null;
            } else if (c == '"') {
                int before = text.lastIndexOf('"', i - 1);
                if (before < 0 || before < lineStart(text, i)) {
                    return null;
                }
                i = before;
            }
        }
        return null;
    }
}
