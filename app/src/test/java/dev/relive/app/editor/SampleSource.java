package dev.relive.app.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A real Java file for tests, and a per-character view of lexed tokens for comparing lexings. */
final class SampleSource {

    private SampleSource() {
    }

    /** The text of {@code Sample.java.txt}, a sketch that holds every token kind. */
    static String text() {
        try (InputStream in = SampleSource.class.getResourceAsStream("Sample.java.txt")) {
            if (in == null) {
                throw new IllegalStateException("Sample.java.txt is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample repeated until it has at least {@code lines} lines. */
    static String ofAtLeastLines(int lines) {
        String one = text();
        int perCopy = (int) one.chars().filter(c -> c == '\n').count();
        return one.repeat(lines / perCopy + 1);
    }

    /**
     * The token kind covering each character, null for characters outside any token, and null for
     * line breaks, since whole-text lexing puts them inside multi-line tokens and line lexing cannot.
     */
    static TokenKind[] kindsPerChar(String text, List<Token> tokens) {
        TokenKind[] kinds = new TokenKind[text.length()];
        for (Token t : tokens) {
            for (int i = t.start(); i < t.end(); i++) {
                kinds[i] = text.charAt(i) == '\n' ? null : t.kind();
            }
        }
        return kinds;
    }
}
