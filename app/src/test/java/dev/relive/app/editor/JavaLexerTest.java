package dev.relive.app.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JavaLexerTest {

    /** Tokens as "KIND text", the readable form every assertion below compares. */
    private static List<String> lex(String text) {
        return JavaLexer.tokenize(text).stream()
                .map(t -> t.kind() + " " + text.substring(t.start(), t.end()))
                .toList();
    }

    @Test
    void reservedWordsAreKeywords() {
        assertEquals(List.of("KEYWORD public", "KEYWORD final", "KEYWORD class", "TYPE_NAME Foo",
                        "KEYWORD extends", "TYPE_NAME Bar", "BRACKET {", "BRACKET }"),
                lex("public final class Foo extends Bar {}"));
    }

    @Test
    void primitivesLiteralsTypesAndConstantsAreTold() {
        assertEquals(List.of("PRIMITIVE_TYPE int", "IDENTIFIER count", "OPERATOR =", "TYPE_NAME Math",
                        "SEPARATOR .", "CONSTANT MAX_VALUE", "SEPARATOR ;"),
                lex("int count = Math.MAX_VALUE;"));
        assertEquals(List.of("LITERAL true", "LITERAL false", "LITERAL null", "PRIMITIVE_TYPE void", "TYPE_NAME T"),
                lex("true false null void T"));
    }

    @Test
    void contextualKeywordsAreKeywordsWhereTheyActAsOnes() {
        assertEquals("CONTEXTUAL_KEYWORD var", lex("var x = 1;").get(0));
        assertEquals("CONTEXTUAL_KEYWORD record", lex("record Point(int x) {}").get(0));
        assertEquals(List.of("CONTEXTUAL_KEYWORD sealed", "KEYWORD interface", "TYPE_NAME S",
                        "CONTEXTUAL_KEYWORD permits", "TYPE_NAME A"),
                lex("sealed interface S permits A"));
        assertEquals(List.of("CONTEXTUAL_KEYWORD non-sealed", "KEYWORD class", "TYPE_NAME C"), lex("non-sealed class C"));
        assertEquals("CONTEXTUAL_KEYWORD yield", lex("yield 42;").get(0));
        assertEquals("CONTEXTUAL_KEYWORD yield", lex("yield -x;").get(0));
    }

    @Test
    void contextualKeywordsUsedAsNamesStayIdentifiers() {
        assertEquals("IDENTIFIER var", lex("int var = 1;").get(1));
        assertEquals("IDENTIFIER record", lex("record.size()").get(0));
        assertEquals("IDENTIFIER yield", lex("yield = 3;").get(0));
        assertEquals(List.of("IDENTIFIER non", "OPERATOR -", "IDENTIFIER sealedness"), lex("non-sealedness"));
    }

    @Test
    void stringsKeepEscapedQuotes() {
        assertEquals(List.of("STRING \"a\\\"b\"", "SEPARATOR ;"), lex("\"a\\\"b\";"));
    }

    @Test
    void unterminatedStringEndsAtEndOfLine() {
        assertEquals(List.of("STRING \"abc", "PRIMITIVE_TYPE int", "IDENTIFIER x"), lex("\"abc\nint x"));
    }

    @Test
    void backslashAtEndOfLineDoesNotCarryAStringOver() {
        assertEquals(List.of("STRING \"abc\\", "PRIMITIVE_TYPE int"), lex("\"abc\\\nint"));
    }

    @Test
    void charLiteralsHandleEscapes() {
        assertEquals(List.of("CHAR 'a'", "CHAR '\\''", "CHAR '\\n'", "CHAR '\\u0041'"), lex("'a' '\\'' '\\n' '\\u0041'"));
    }

    @Test
    void unterminatedCharEndsAtEndOfLine() {
        assertEquals(List.of("CHAR 'a;", "KEYWORD return"), lex("'a;\nreturn"));
    }

    @Test
    void textBlockIsOneTokenAcrossLines() {
        String text = "String s = \"\"\"\n    Hi \"there\" \\\"\"\" still\n    \"\"\"; int";
        List<String> tokens = lex(text);
        assertEquals("TEXT_BLOCK \"\"\"\n    Hi \"there\" \\\"\"\" still\n    \"\"\"", tokens.get(3));
        assertEquals(List.of("SEPARATOR ;", "PRIMITIVE_TYPE int"), tokens.subList(4, 6));
    }

    @Test
    void unterminatedTextBlockRunsToEndOfText() {
        assertEquals(List.of("IDENTIFIER s", "OPERATOR =", "TEXT_BLOCK \"\"\"\nint x = 1;\n}"), lex("s = \"\"\"\nint x = 1;\n}"));
    }

    @Test
    void commentsOfEachKindAreDistinct() {
        assertEquals(List.of("LINE_COMMENT // note", "PRIMITIVE_TYPE int"), lex("// note\nint"));
        assertEquals(List.of("BLOCK_COMMENT /* a\n b */", "PRIMITIVE_TYPE int"), lex("/* a\n b */ int"));
        assertEquals(List.of("JAVADOC /** Doc. */", "KEYWORD class"), lex("/** Doc. */ class"));
        assertEquals(List.of("BLOCK_COMMENT /**/", "KEYWORD class"), lex("/**/ class"));
    }

    @Test
    void unterminatedBlockCommentRunsToEndOfText() {
        assertEquals(List.of("PRIMITIVE_TYPE int", "BLOCK_COMMENT /* open\nclass X {}\n"), lex("int /* open\nclass X {}\n"));
        assertEquals(List.of("JAVADOC /** open\n * more"), lex("/** open\n * more"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "42", "1_000_000", "42L", "0777", "0x1F", "0XFF_FFL", "0b1010_1010", "0B1L",
        "3.14", "1.5e-3f", "1e10", "1E+5D", ".5", "2.", "10d", "0x1.8p3", "0x1P-2f", "6.022_140e23"})
    void numbersAreSingleTokens(String literal) {
        assertEquals(List.of("NUMBER " + literal, "SEPARATOR ;"), lex(literal + ";"));
    }

    @Test
    void annotationsIncludeTheirQualifiedName() {
        assertEquals(List.of("ANNOTATION @Override"), lex("@Override"));
        assertEquals(List.of("ANNOTATION @java.lang.Deprecated", "KEYWORD class"), lex("@java.lang.Deprecated class"));
        assertEquals(List.of("ANNOTATION @SuppressWarnings", "BRACKET (", "STRING \"x\"", "BRACKET )"),
                lex("@SuppressWarnings(\"x\")"));
        assertEquals(List.of("KEYWORD @interface", "TYPE_NAME Marker"), lex("@interface Marker"));
    }

    @Test
    void operatorsAreMaximalMunch() {
        assertEquals(List.of("IDENTIFIER a", "OPERATOR >>>=", "IDENTIFIER b", "SEPARATOR ;"), lex("a >>>= b;"));
        assertEquals(List.of("IDENTIFIER x", "OPERATOR ->", "IDENTIFIER x", "OPERATOR ++"), lex("x -> x++"));
        assertEquals(List.of("TYPE_NAME String", "OPERATOR ::", "IDENTIFIER valueOf"), lex("String::valueOf"));
        assertEquals(List.of("IDENTIFIER a", "OPERATOR !=", "OPERATOR !", "IDENTIFIER b", "OPERATOR &&", "IDENTIFIER c"),
                lex("a != !b && c"));
        assertEquals(List.of("TYPE_NAME T", "SEPARATOR ...", "IDENTIFIER values"), lex("T... values"));
    }

    @Test
    void nestedGenericsKeepTheirTypeNames() {
        assertEquals(List.of("TYPE_NAME Map", "OPERATOR <", "TYPE_NAME String", "SEPARATOR ,", "TYPE_NAME List",
                        "OPERATOR <", "TYPE_NAME Integer", "OPERATOR >>", "IDENTIFIER m", "SEPARATOR ;"),
                lex("Map<String, List<Integer>> m;"));
    }

    @Test
    void bracketsAreTokensOfTheirOwn() {
        assertEquals(List.of("BRACKET (", "BRACKET [", "BRACKET ]", "BRACKET {", "BRACKET }", "BRACKET )"), lex("([]{})"));
    }

    @Test
    void strayCharactersAreUnknown() {
        assertEquals(List.of("UNKNOWN #", "IDENTIFIER define", "UNKNOWN \\"), lex("#define \\"));
    }

    @Test
    void lexingALineReturnsTheStateTheNextLineStartsIn() {
        List<Token> tokens = new ArrayList<>();
        assertEquals(LexState.BLOCK_COMMENT, JavaLexer.lex("int /* open", 0, 11, LexState.CODE, tokens));
        assertEquals(LexState.JAVADOC, JavaLexer.lex("/** doc", 0, 7, LexState.CODE, tokens));
        assertEquals(LexState.TEXT_BLOCK, JavaLexer.lex("s = \"\"\"", 0, 7, LexState.CODE, tokens));
        assertEquals(LexState.CODE, JavaLexer.lex("\"unclosed", 0, 9, LexState.CODE, tokens));

        tokens.clear();
        assertEquals(LexState.CODE, JavaLexer.lex("end */ int", 0, 10, LexState.BLOCK_COMMENT, tokens));
        assertEquals(List.of(new Token(TokenKind.BLOCK_COMMENT, 0, 6), new Token(TokenKind.PRIMITIVE_TYPE, 7, 10)), tokens);
    }

    @Test
    void lineByLineLexingColoursEveryCharacterLikeWholeTextLexing() {
        String text = SampleSource.text();
        List<Token> byLine = new ArrayList<>();
        LexState state = LexState.CODE;
        int start = 0;
        for (int end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
            int lineEnd = end < 0 ? text.length() : end;
            state = JavaLexer.lex(text, start, lineEnd, state, byLine);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        assertArrayEquals(SampleSource.kindsPerChar(text, JavaLexer.tokenize(text)), SampleSource.kindsPerChar(text, byLine));
    }

    @Test
    void sampleHoldsEveryTokenKind() {
        List<TokenKind> seen = JavaLexer.tokenize(SampleSource.text()).stream().map(Token::kind).distinct().toList();
        for (TokenKind kind : TokenKind.values()) {
            if (kind != TokenKind.UNKNOWN) {
                assertEquals(true, seen.contains(kind), "sample lacks " + kind);
            }
        }
    }

    @Test
    void aMemberNamedLikeAContextualKeywordIsAnIdentifier() {
        assertEquals(List.of("TYPE_NAME Thread", "SEPARATOR .", "IDENTIFIER yield", "BRACKET (", "BRACKET )", "SEPARATOR ;"),
                lex("Thread.yield();"));
        assertEquals("IDENTIFIER record", lex("p. record x").get(2));
    }

    @Test
    void wordsEndingTheRangeAreLexedAsBeforeALineBreak() {
        List<Token> tokens = new ArrayList<>();
        String line = "public @interface";
        JavaLexer.lex(line, 0, line.length(), LexState.CODE, tokens);
        assertEquals(TokenKind.KEYWORD, tokens.get(1).kind());
        assertEquals(line.length(), tokens.get(1).end());

        tokens.clear();
        String sealed = "public non-sealed";
        JavaLexer.lex(sealed, 0, sealed.length(), LexState.CODE, tokens);
        assertEquals(TokenKind.CONTEXTUAL_KEYWORD, tokens.get(1).kind());
        assertEquals(sealed.length(), tokens.get(1).end());
    }
}
