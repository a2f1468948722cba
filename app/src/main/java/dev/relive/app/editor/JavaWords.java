package dev.relive.app.editor;

import java.util.Set;

/**
 * Java's vocabulary: which words are reserved, which are primitive types and which are only keywords
 * in context. Kept apart from {@link JavaLexer} so the lexer reads as a scanner, not as word lists.
 */
final class JavaWords {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "break", "case", "catch", "class", "const", "continue", "default", "do",
            "else", "enum", "extends", "final", "finally", "for", "goto", "if", "implements", "import",
            "instanceof", "interface", "native", "new", "package", "private", "protected", "public",
            "return", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
            "transient", "try", "volatile", "while", "_");

    private static final Set<String> PRIMITIVES = Set.of(
            "boolean", "byte", "char", "short", "int", "long", "float", "double", "void");

    private static final Set<String> LITERALS = Set.of("true", "false", "null");

    /** Restricted identifiers (JLS 3.9) that the lexer may colour as keywords when the context fits. */
    private static final Set<String> CONTEXTUAL = Set.of("var", "record", "sealed", "permits", "yield", "non-sealed");

    private JavaWords() {
    }

    /** The kind of a word that is always the same whatever follows it, or IDENTIFIER when it depends. */
    static TokenKind fixedKind(String word) {
        if (KEYWORDS.contains(word)) {
            return TokenKind.KEYWORD;
        }
        if (PRIMITIVES.contains(word)) {
            return TokenKind.PRIMITIVE_TYPE;
        }
        if (LITERALS.contains(word)) {
            return TokenKind.LITERAL;
        }
        if (CONTEXTUAL.contains(word)) {
            return TokenKind.IDENTIFIER;
        }
        return nameKind(word);
    }

    /** Whether the word is a restricted identifier whose kind depends on what follows it. */
    static boolean isContextual(String word) {
        return CONTEXTUAL.contains(word);
    }

    /**
     * Decides a restricted identifier from the first non-blank character after it on the same line
     * (0 at the end of the line). A lexer cannot parse, so this follows the shapes that occur in real
     * code: {@code var x}, {@code record Point(}, {@code sealed interface}, {@code permits A},
     * {@code yield 42;}; while {@code var = 1} or {@code record.size()} stay identifiers.
     */
    static TokenKind contextualKind(String word, char next) {
        if (word.equals("non-sealed")) {
            return TokenKind.CONTEXTUAL_KEYWORD;
        }
        boolean followedByName = Character.isJavaIdentifierStart(next);
        if (word.equals("yield")) {
            boolean followedByExpression = followedByName || Character.isDigit(next) || "\"'(-!~+".indexOf(next) >= 0;
            return followedByExpression && next != 0 ? TokenKind.CONTEXTUAL_KEYWORD : TokenKind.IDENTIFIER;
        }
        return followedByName ? TokenKind.CONTEXTUAL_KEYWORD : TokenKind.IDENTIFIER;
    }

    /** TYPE_NAME for capitalised names, CONSTANT for all-capitals names, IDENTIFIER otherwise. */
    private static TokenKind nameKind(String word) {
        if (!Character.isUpperCase(word.charAt(0))) {
            return TokenKind.IDENTIFIER;
        }
        if (word.length() > 1 && isAllCapitals(word)) {
            return TokenKind.CONSTANT;
        }
        return TokenKind.TYPE_NAME;
    }

    private static boolean isAllCapitals(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }
}
