package dev.relive.app.editor;

/**
 * One lexed token: its kind and its character range in the text it was lexed from.
 *
 * @param kind  what the token is
 * @param start offset of its first character
 * @param end   offset just past its last character
 */
public record Token(TokenKind kind, int start, int end) {

    /** Fails fast on a null kind or an empty or inverted range, which would be a lexer bug. */
    public Token {
        if (kind == null) {
            throw new IllegalArgumentException("Kind must not be null");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Token range must be non-empty, got " + start + ".." + end);
        }
    }

    /** How many characters the token covers. */
    public int length() {
        return end - start;
    }
}
