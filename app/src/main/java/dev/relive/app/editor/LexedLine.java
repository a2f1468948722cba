package dev.relive.app.editor;

import java.util.List;

/**
 * The tokens of one line and the lexer states at both of its ends. Token offsets are relative to the
 * start of the line, so a line keeps its tokens when edits above it move it.
 *
 * @param start  the state the line was lexed from
 * @param end    the state after its last character, where the next line starts
 * @param length the number of characters in the line, without its line break
 * @param tokens its tokens, in order; never modified after construction
 */
record LexedLine(LexState start, LexState end, int length, List<Token> tokens) {

    /** Lexes {@code line} (no line break in it) from {@code start}. */
    static LexedLine lex(String line, LexState start) {
        List<Token> tokens = new java.util.ArrayList<>();
        LexState end = JavaLexer.lex(line, 0, line.length(), start, tokens);
        return new LexedLine(start, end, line.length(), List.copyOf(tokens));
    }
}
