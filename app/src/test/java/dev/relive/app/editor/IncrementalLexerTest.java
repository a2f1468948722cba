package dev.relive.app.editor;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IncrementalLexerTest {

    private static IncrementalLexer loaded(String text) {
        IncrementalLexer lexer = new IncrementalLexer();
        lexer.edit(0, 0, text);
        return lexer;
    }

    /** Every line as lexing the whole text from scratch would give it. */
    private static List<LexedLine> fromScratch(String text) {
        List<LexedLine> lines = new ArrayList<>();
        LexState state = LexState.CODE;
        for (String line : text.split("\n", -1)) {
            LexedLine lexed = LexedLine.lex(line, state);
            lines.add(lexed);
            state = lexed.end();
        }
        return lines;
    }

    private static List<LexedLine> lines(IncrementalLexer lexer) {
        List<LexedLine> lines = new ArrayList<>();
        for (int i = 0; i < lexer.lineCount(); i++) {
            lines.add(lexer.line(i));
        }
        return lines;
    }

    /** Tokens of the incremental lexer moved back to absolute offsets. */
    private static List<Token> absoluteTokens(IncrementalLexer lexer) {
        List<Token> tokens = new ArrayList<>();
        int lineStart = 0;
        for (LexedLine line : lines(lexer)) {
            for (Token t : line.tokens()) {
                tokens.add(new Token(t.kind(), lineStart + t.start(), lineStart + t.end()));
            }
            lineStart += line.length() + 1;
        }
        return tokens;
    }

    @Test
    void randomEditsGiveTheSameTokensAsLexingTheNewTextFromScratch() {
        Random random = new Random(20261121);
        StringBuilder expected = new StringBuilder(SampleSource.text());
        IncrementalLexer lexer = loaded(expected.toString());
        for (int step = 0; step < 400; step++) {
            SampleSource.Edit edit = SampleSource.randomEdit(random, expected.length());
            edit.applyTo(expected);
            lexer.edit(edit.position(), edit.removed(), edit.inserted());

            String text = expected.toString();
            assertEquals(text, lexer.text(), "text after step " + step);
            assertEquals(fromScratch(text), lines(lexer), "lines after step " + step);
            assertArrayEquals(SampleSource.kindsPerChar(text, JavaLexer.tokenize(text)),
                    SampleSource.kindsPerChar(text, absoluteTokens(lexer)), "colours after step " + step);
        }
    }

    @Test
    void thousandsOfRandomEditsAroundContextualWordsColourAsAFullLexingDoes() {
        Random random = new Random(20261201);
        StringBuilder expected = new StringBuilder(SampleSource.text());
        IncrementalLexer lexer = loaded(expected.toString());
        for (int step = 0; step < 5000; step++) {
            SampleSource.Edit edit = SampleSource.randomEdit(random, expected.length(), SampleSource.WORD_SNIPPETS);
            edit.applyTo(expected);
            lexer.edit(edit.position(), edit.removed(), edit.inserted());

            String text = expected.toString();
            assertArrayEquals(SampleSource.kindsPerChar(text, JavaLexer.tokenize(text)),
                    SampleSource.kindsPerChar(text, absoluteTokens(lexer)), "colours after step " + step + ": " + edit);
        }
    }

    @Test
    void typingInsideALineRelexesOnlyThatLine() {
        String text = SampleSource.text();
        IncrementalLexer lexer = loaded(text);
        int position = text.indexOf("var total");
        int line = (int) text.substring(0, position).chars().filter(c -> c == '\n').count();

        assertEquals(new LineRange(line, line + 1), lexer.edit(position, 0, "x"));
    }

    @Test
    void openingABlockCommentRelexesToTheEndAndClosingItResynchronises() {
        IncrementalLexer lexer = loaded("int a;\nint b;\nint c;\nint d;");

        assertEquals(new LineRange(0, 4), lexer.edit(0, 0, "/*"));
        assertEquals(LexState.BLOCK_COMMENT, lexer.line(3).end());

        assertEquals(new LineRange(1, 4), lexer.edit("/*int a;\n".length(), 0, "*/"));
        assertEquals(LexState.CODE, lexer.line(3).end());
        assertEquals(new LineRange(2, 3), lexer.edit("/*int a;\n*/int b;\n".length(), 0, "x"));
    }

    @Test
    void deletingLinesJoinsThemAndRelexesTheJoin() {
        IncrementalLexer lexer = loaded("int a;\n/* x\ny */\nint b;");

        lexer.edit("int a;\n".length(), "/* x\ny */\n".length(), "");

        assertEquals("int a;\nint b;", lexer.text());
        assertEquals(fromScratch(lexer.text()), lines(lexer));
    }

    @Test
    void changedLinesAccumulateAndFollowLinesInsertedAbove() {
        IncrementalLexer lexer = loaded("a\nb\nc\nd\ne");
        lexer.clearChanged();

        lexer.edit("a\nb\nc\n".length(), 0, "x");
        assertEquals(new LineRange(3, 4), lexer.changedLines());

        lexer.edit(0, 0, "\n\n");
        assertEquals(new LineRange(0, 6), lexer.changedLines());

        lexer.clearChanged();
        assertEquals(true, lexer.changedLines().isEmpty());
    }

    @Test
    void editsOutsideTheTextAreRefused() {
        IncrementalLexer lexer = loaded("abc");
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> lexer.edit(4, 0, "x"));
    }
}
