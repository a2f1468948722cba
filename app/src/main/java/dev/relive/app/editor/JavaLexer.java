package dev.relive.app.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written Java lexer for highlighting. It scans characters once, left to right, and never
 * fails: unterminated strings and character literals end at the end of their line, and unterminated
 * block comments and text blocks run to the end of the range being lexed, returning the state to
 * resume from on the next line. Whitespace is skipped, so gaps between tokens are plain text.
 *
 * <p>Why not a regex over the whole text: a regex cannot say where it stopped, so every keystroke
 * would re-scan the file; this lexer can start at any line given the {@link LexState} at that line.
 */
public final class JavaLexer {

    private static final String BRACKETS = "()[]{}";
    private static final String OPERATOR_CHARS = "=><!~?:&|+-*/^%";
    /** Multi-character operators, longest first so that the first match is the maximal munch. */
    private static final String[] OPERATORS = {
        ">>>=", "<<=", ">>=", ">>>", "->", "::", "++", "--", "&&", "||", "==", "!=", "<=", ">=",
        "+=", "-=", "*=", "/=", "&=", "|=", "^=", "%=", "<<", ">>"
    };

    private final CharSequence text;
    private final int from;
    private final int limit;
    private final List<Token> out;
    private int pos;

    private JavaLexer(CharSequence text, int from, int to, List<Token> out) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException("Range " + from + ".." + to + " outside text of length " + text.length());
        }
        this.text = text;
        this.pos = from;
        this.from = from;
        this.limit = to;
        this.out = out;
    }

    /** Lexes a whole text from the start; multi-line comments and text blocks become single tokens. */
    public static List<Token> tokenize(CharSequence text) {
        List<Token> tokens = new ArrayList<>();
        new JavaLexer(text, 0, text.length(), tokens).run(LexState.CODE);
        return tokens;
    }

    /**
     * Lexes {@code text[from, to)}, normally one line without its line break, starting in {@code state},
     * appending tokens (with offsets into {@code text}) to {@code out}.
     *
     * @return the state at {@code to}, which is where lexing of the next line resumes
     */
    public static LexState lex(CharSequence text, int from, int to, LexState state, List<Token> out) {
        return new JavaLexer(text, from, to, out).run(state);
    }

    private LexState run(LexState state) {
        if (state != LexState.CODE && !closeOpenConstruct(state)) {
            return state;
        }
        while (pos < limit) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            LexState open = token(c);
            if (open != LexState.CODE) {
                return open;
            }
        }
        return LexState.CODE;
    }

    /** Lexes the token starting at {@code pos}; returns the state if it is a construct left open at the limit. */
    private LexState token(char c) {
        int start = pos;
        char next = charAt(pos + 1);
        if (c == '/' && next == '/') {
            pos = lineEnd(pos);
            emit(TokenKind.LINE_COMMENT, start);
        } else if (c == '/' && next == '*') {
            boolean javadoc = charAt(pos + 2) == '*' && charAt(pos + 3) != '/';
            pos += javadoc ? 3 : 2;
            return comment(start, javadoc ? LexState.JAVADOC : LexState.BLOCK_COMMENT);
        } else if (c == '"' && next == '"' && charAt(pos + 2) == '"') {
            pos += 3;
            return textBlock(start);
        } else if (c == '"' || c == '\'') {
            quoted(c);
            emit(c == '"' ? TokenKind.STRING : TokenKind.CHAR, start);
        } else if (isDigit(c) || (c == '.' && isDigit(next))) {
            number();
            emit(TokenKind.NUMBER, start);
        } else if (Character.isJavaIdentifierStart(c)) {
            word();
        } else if (c == '@') {
            annotation();
        } else if (BRACKETS.indexOf(c) >= 0) {
            pos++;
            emit(TokenKind.BRACKET, start);
        } else if (c == ';' || c == ',' || c == '.') {
            pos += c == '.' && next == '.' && charAt(pos + 2) == '.' ? 3 : 1;
            emit(TokenKind.SEPARATOR, start);
        } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
            pos += operatorLength();
            emit(TokenKind.OPERATOR, start);
        } else {
            pos++;
            emit(TokenKind.UNKNOWN, start);
        }
        return LexState.CODE;
    }

    /** Continues a construct left open by an earlier line; returns whether it closed before the limit. */
    private boolean closeOpenConstruct(LexState state) {
        LexState after = state == LexState.TEXT_BLOCK ? textBlock(pos) : comment(pos, state);
        return after == LexState.CODE;
    }

    /** Scans a block or doc comment body from {@code pos}, whose token starts at {@code start}. */
    private LexState comment(int start, LexState kind) {
        while (pos < limit) {
            if (text.charAt(pos) == '*' && charAt(pos + 1) == '/') {
                pos += 2;
                emit(kind.openKind(), start);
                return LexState.CODE;
            }
            pos++;
        }
        emit(kind.openKind(), start);
        return kind;
    }

    /** Scans a text block body from {@code pos}, whose token starts at {@code start}. */
    private LexState textBlock(int start) {
        while (pos < limit) {
            char c = text.charAt(pos);
            if (c == '\\') {
                // An escape may be a line continuation; it never reaches past the range being lexed.
                pos = Math.min(pos + 2, limit);
            } else if (c == '"' && charAt(pos + 1) == '"' && charAt(pos + 2) == '"') {
                pos += 3;
                emit(TokenKind.TEXT_BLOCK, start);
                return LexState.CODE;
            } else {
                pos++;
            }
        }
        emit(TokenKind.TEXT_BLOCK, start);
        return LexState.TEXT_BLOCK;
    }

    /** Scans a string or char literal opened by {@code quote}; it ends at its closing quote or line end. */
    private void quoted(char quote) {
        pos++;
        while (pos < limit) {
            char c = text.charAt(pos);
            if (isLineBreak(c)) {
                return;
            }
            pos++;
            if (c == quote) {
                return;
            }
            if (c == '\\' && pos < limit && !isLineBreak(text.charAt(pos))) {
                pos++;
            }
        }
    }

    /** Scans a decimal, hex, octal or binary literal with underscores, fraction, exponent and suffix. */
    private void number() {
        char c = text.charAt(pos);
        char x = Character.toLowerCase(charAt(pos + 1));
        if (c == '0' && (x == 'x' || x == 'b')) {
            pos += 2;
            boolean hex = x == 'x';
            digits(hex);
            if (hex && charAt(pos) == '.') {
                pos++;
                digits(true);
            }
            exponent(hex ? 'p' : 0);
        } else {
            digits(false);
            if (charAt(pos) == '.' && charAt(pos + 1) != '.') {
                pos++;
                digits(false);
            }
            exponent('e');
        }
        if (pos < limit && "lLfFdD".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private void digits(boolean hex) {
        while (pos < limit) {
            char c = text.charAt(pos);
            boolean digit = hex ? Character.digit(c, 16) >= 0 : isDigit(c);
            if (!digit && c != '_') {
                return;
            }
            pos++;
        }
    }

    /** Consumes an exponent introduced by {@code marker} ('e' or 'p', either case), if one follows. */
    private void exponent(char marker) {
        if (marker == 0 || Character.toLowerCase(charAt(pos)) != marker) {
            return;
        }
        int sign = charAt(pos + 1) == '+' || charAt(pos + 1) == '-' ? 1 : 0;
        if (isDigit(charAt(pos + 1 + sign))) {
            pos += 1 + sign;
            digits(false);
        }
    }

    /** Scans an identifier, keyword or {@code non-sealed}, classifying it by {@link JavaWords}. */
    private void word() {
        int start = pos;
        identifierPart();
        String word = text.subSequence(start, pos).toString();
        if (word.equals("non") && matches(pos, "-sealed") && !isIdentifierPart(pos + 7)) {
            pos += 7;
            word = "non-sealed";
        }
        // After a dot a word is a member's name ({@code Thread.yield()}, {@code point.record}), never a keyword.
        TokenKind kind = JavaWords.isContextual(word) && previousNonBlank(start) != '.'
                ? JavaWords.contextualKind(word, nextNonBlank())
                : JavaWords.fixedKind(word);
        emit(kind, start);
    }

    /** Scans {@code @Name}, {@code @a.b.Name} or the keyword {@code @interface}. */
    private void annotation() {
        int start = pos;
        pos++;
        if (matches(pos, "interface") && !isIdentifierPart(pos + 9)) {
            pos += 9;
            emit(TokenKind.KEYWORD, start);
            return;
        }
        while (Character.isJavaIdentifierStart(charAt(pos))) {
            identifierPart();
            if (charAt(pos) != '.' || !Character.isJavaIdentifierStart(charAt(pos + 1))) {
                break;
            }
            pos++;
        }
        emit(TokenKind.ANNOTATION, start);
    }

    private void identifierPart() {
        while (isIdentifierPart(pos)) {
            pos++;
        }
    }

    /**
     * Whether the character at {@code i} continues an identifier; false at the limit. Not {@code charAt(i)}'s 0:
     * Java counts NUL as an (ignorable) identifier part, so the end of a line would seem to continue a word.
     */
    private boolean isIdentifierPart(int i) {
        if (i >= limit) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    private int operatorLength() {
        for (String op : OPERATORS) {
            if (matches(pos, op)) {
                return op.length();
            }
        }
        return 1;
    }

    /** The first character after {@code pos} that is not a space or tab on the same line, or 0. */
    private char nextNonBlank() {
        int i = pos;
        while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        char c = charAt(i);
        return isLineBreak(c) ? 0 : c;
    }

    /**
     * The last character before {@code at} that is not a space or tab, looking no further back than the start of
     * its line or of the range, or 0; so a whole-text lexing and a line-by-line one see the same.
     */
    private char previousNonBlank(int at) {
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                return 0;
            }
            if (c != ' ' && c != '\t') {
                return c;
            }
        }
        return 0;
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < limit && !isLineBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean matches(int at, String s) {
        if (at + s.length() > limit) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (text.charAt(at + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The character at {@code i}, or 0 past the limit, so look-ahead never needs a bounds check. */
    private char charAt(int i) {
        return i < limit ? text.charAt(i) : 0;
    }

    private void emit(TokenKind kind, int start) {
        if (pos > start) {
            out.add(new Token(kind, start, pos));
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
