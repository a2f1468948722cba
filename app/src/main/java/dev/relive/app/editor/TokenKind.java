package dev.relive.app.editor;

/**
 * What a lexed piece of Java source is. Each kind names the CSS style class that colours it, so the
 * lexer stays free of any styling decision beyond this one mapping.
 */
public enum TokenKind {
    /** A reserved word such as {@code class} or {@code return}. */
    KEYWORD("keyword"),
    /** A restricted identifier that acts as a keyword in context: {@code var}, {@code record}, {@code sealed}... */
    CONTEXTUAL_KEYWORD("contextual-keyword"),
    /** {@code boolean}, {@code int}, {@code void} and the other primitive type names. */
    PRIMITIVE_TYPE("primitive"),
    /** {@code true}, {@code false} and {@code null}. */
    LITERAL("literal"),
    /** An identifier that starts with a capital letter, taken to name a type. */
    TYPE_NAME("type"),
    /** An all-capitals identifier such as {@code MAX_SIZE}, taken to name a constant. */
    CONSTANT("constant"),
    /** Any other identifier; plain text, so it carries no style class. */
    IDENTIFIER(null),
    /** A string literal, possibly unterminated (it then ends at the end of its line). */
    STRING("string"),
    /** A text block delimited by three double quotes, possibly running to the end of the text. */
    TEXT_BLOCK("text-block"),
    /** A character literal, possibly unterminated (it then ends at the end of its line). */
    CHAR("char"),
    /** A numeric literal in any base, with underscores, exponent and type suffix. */
    NUMBER("number"),
    /** A comment from {@code //} to the end of the line. */
    LINE_COMMENT("line-comment"),
    /** A comment between slash-star and star-slash, possibly running to the end of the text. */
    BLOCK_COMMENT("block-comment"),
    /** A documentation comment, opened by slash-star-star. */
    JAVADOC("javadoc"),
    /** An annotation name with its {@code @}, such as {@code @Override} or {@code @java.lang.Deprecated}. */
    ANNOTATION("annotation"),
    /** One of {@code ( ) [ ] { }}. */
    BRACKET("bracket"),
    /** An operator such as {@code +=}, {@code ->} or {@code ::}. */
    OPERATOR("operator"),
    /** {@code ;}, {@code ,}, {@code .} or {@code ...}. */
    SEPARATOR("separator"),
    /** A character that cannot start any Java token, such as {@code #}. */
    UNKNOWN("unknown");

    private final String styleClass;

    TokenKind(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The CSS style class for this kind, or {@code null} when the kind is drawn as plain text. */
    public String styleClass() {
        return styleClass;
    }

    /**
     * Whether brackets of this kind are program structure; brackets inside strings and comments are
     * not, so bracket matching skips them.
     */
    public boolean isCode() {
        return switch (this) {
            case STRING, TEXT_BLOCK, CHAR, LINE_COMMENT, BLOCK_COMMENT, JAVADOC -> false;
            default -> true;
        };
    }
}
