package dev.relive.app.editor;

import java.util.function.IntPredicate;

/**
 * Finds the partner of a bracket by counting brackets of the same shape, skipping those that are not
 * code (inside strings or comments). Pure: it reads only the given characters and predicate.
 */
final class BracketMatcher {

    /** The bracket has no partner in the whole text. */
    static final int MISSING = -1;
    /** The scan gave up before finding out, to keep the FX thread responsive on huge files. */
    static final int TOO_FAR = -2;

    private static final String OPENING = "([{";
    private static final String CLOSING = ")]}";

    private BracketMatcher() {
    }

    /** Whether {@code c} is one of {@code ( ) [ ] { }}. */
    static boolean isBracket(char c) {
        return OPENING.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0;
    }

    /**
     * The index of the partner of the bracket at {@code index}, or {@link #MISSING} or {@link #TOO_FAR}.
     *
     * @param isCode  whether the character at an index is program text rather than string or comment
     * @param maxScan how many characters to look at before giving up
     */
    static int partner(CharSequence text, int index, IntPredicate isCode, int maxScan) {
        char c = text.charAt(index);
        int open = OPENING.indexOf(c);
        if (open >= 0) {
            return scan(text, index + 1, +1, c, CLOSING.charAt(open), isCode, maxScan);
        }
        int close = CLOSING.indexOf(c);
        if (close >= 0) {
            return scan(text, index - 1, -1, c, OPENING.charAt(close), isCode, maxScan);
        }
        throw new IllegalArgumentException("Not a bracket: '" + c + "'");
    }

    /**
     * The index of the opening {@code open} that is still unclosed just before {@code before}, such as the
     * brace a {@code '}'} typed there would close, or {@link #MISSING} or {@link #TOO_FAR}.
     */
    static int unclosed(CharSequence text, int before, char open, IntPredicate isCode, int maxScan) {
        int close = CLOSING.charAt(OPENING.indexOf(open));
        return scan(text, before - 1, -1, (char) close, open, isCode, maxScan);
    }

    private static int scan(CharSequence text, int from, int step, char same, char partner, IntPredicate isCode, int maxScan) {
        int depth = 0;
        int scanned = 0;
        for (int i = from; i >= 0 && i < text.length(); i += step) {
            if (++scanned > maxScan) {
                return TOO_FAR;
            }
            char c = text.charAt(i);
            if (c != same && c != partner || !isCode.test(i)) {
                continue;
            }
            if (c == same) {
                depth++;
            } else if (depth == 0) {
                return i;
            } else {
                depth--;
            }
        }
        return MISSING;
    }
}
