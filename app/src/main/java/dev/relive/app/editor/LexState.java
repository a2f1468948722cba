package dev.relive.app.editor;

/**
 * Where the lexer stands at a line break. Only constructs that may span lines need a state: strings
 * and character literals always end at the end of their line, so they never appear here. Lexing a
 * line needs nothing but its text and the state at its start, which is what makes re-lexing
 * incremental.
 */
public enum LexState {
    /** Ordinary code. */
    CODE,
    /** Inside a block comment. */
    BLOCK_COMMENT,
    /** Inside a documentation comment. */
    JAVADOC,
    /** Inside a text block. */
    TEXT_BLOCK;

    /** The token kind of the multi-line construct this state is inside, or {@code null} for code. */
    TokenKind openKind() {
        return switch (this) {
            case CODE -> null;
            case BLOCK_COMMENT -> TokenKind.BLOCK_COMMENT;
            case JAVADOC -> TokenKind.JAVADOC;
            case TEXT_BLOCK -> TokenKind.TEXT_BLOCK;
        };
    }
}
