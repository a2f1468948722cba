package dev.relive.app.tweak;

import dev.relive.app.editor.JavaLexer;
import dev.relive.app.editor.LexState;
import dev.relive.app.editor.Token;
import dev.relive.app.editor.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A literal in a line of code that can be tweaked: a number to scrub, a colour to pick, or both (an int such as
 * {@code 0xFF3366}). It is found with the editor's {@link JavaLexer}, so numbers in comments or inside names are
 * never taken, and a unary minus right before a number belongs to it ({@code x = -5} scrubs as −5, but
 * {@code a -5} subtracts 5).
 *
 * @param start     offset in the line of the first character, the minus included
 * @param end       offset in the line just past the last character
 * @param kind      the token the literal is: {@link TokenKind#NUMBER} or {@link TokenKind#STRING}
 * @param number    the number, if it is one
 * @param color     the colour, if it is one
 * @param afterSign whether a {@code +} or {@code -} stands right before it, so a negative value needs a space
 *                  ({@code a - -1}, never {@code a --1})
 */
public record Literal(int start, int end, TokenKind kind, Optional<NumberLiteral> number, Optional<ColorLiteral> color,
                      boolean afterSign) {

    /** Fails fast on an empty range or a literal that is neither a number nor a colour. */
    public Literal {
        Objects.requireNonNull(kind, "Kind must not be null");
        Objects.requireNonNull(number, "Number must not be null");
        Objects.requireNonNull(color, "Colour must not be null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Literal range must be non-empty, got " + start + ".." + end);
        }
        if (number.isEmpty() && color.isEmpty()) {
            throw new IllegalArgumentException("A literal is a number or a colour");
        }
    }

    /**
     * The literal covering {@code column} of {@code line} (one line, no line break), lexed as code; empty when
     * there is none there. A column on the unary minus of a number finds that number.
     */
    public static Optional<Literal> find(CharSequence line, int column) {
        List<Token> tokens = new ArrayList<>();
        JavaLexer.lex(line, 0, line.length(), LexState.CODE, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean minusOfNext = isMinus(line, token) && i + 1 < tokens.size()
                    && tokens.get(i + 1).kind() == TokenKind.NUMBER && tokens.get(i + 1).start() == token.end();
            if (token.start() <= column && column < token.end()) {
                return minusOfNext ? literal(line, tokens, i + 1) : literal(line, tokens, i);
            }
        }
        return Optional.empty();
    }

    /** The number or colour token at {@code index}, with its unary minus; empty for other tokens. */
    private static Optional<Literal> literal(CharSequence line, List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (token.kind() != TokenKind.NUMBER && token.kind() != TokenKind.STRING) {
            return Optional.empty();
        }
        String text = line.subSequence(token.start(), token.end()).toString();
        int start = token.start();
        if (token.kind() == TokenKind.NUMBER && hasUnaryMinus(line, tokens, index)) {
            start--;
        }
        Optional<NumberLiteral> number = token.kind() == TokenKind.NUMBER
                ? NumberLiteral.parse(line.subSequence(start, token.end()).toString()) : Optional.empty();
        Optional<ColorLiteral> color = start == token.start() ? ColorLiteral.parse(text) : Optional.empty();
        if (number.isEmpty() && color.isEmpty()) {
            return Optional.empty();
        }
        boolean afterSign = start > 0 && (line.charAt(start - 1) == '-' || line.charAt(start - 1) == '+');
        return Optional.of(new Literal(start, token.end(), token.kind(), number, color, afterSign));
    }

    /**
     * Whether a {@code -} touches the number at {@code index} and is unary: nothing before it that could be a left
     * operand (a name, a literal, a closing bracket, a postfix {@code ++}).
     */
    private static boolean hasUnaryMinus(CharSequence line, List<Token> tokens, int index) {
        if (index == 0 || !isMinus(line, tokens.get(index - 1)) || tokens.get(index - 1).end() != tokens.get(index).start()) {
            return false;
        }
        if (index == 1) {
            return true;
        }
        Token before = tokens.get(index - 2);
        String text = line.subSequence(before.start(), before.end()).toString();
        return switch (before.kind()) {
            case OPERATOR -> !text.equals("++") && !text.equals("--");
            case SEPARATOR -> !text.equals(".");
            case BRACKET -> "([{".contains(text);
            case KEYWORD -> !text.equals("this") && !text.equals("super"); // return -1, case -1
            default -> false;
        };
    }

    private static boolean isMinus(CharSequence line, Token token) {
        return token.kind() == TokenKind.OPERATOR && token.length() == 1 && line.charAt(token.start()) == '-';
    }

    /** How many characters the literal covers. */
    public int length() {
        return end - start;
    }
}
