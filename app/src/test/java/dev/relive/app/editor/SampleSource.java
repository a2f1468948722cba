package dev.relive.app.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** A real Java file for tests, and a per-character view of lexed tokens for comparing lexings. */
final class SampleSource {

    /** Snippets that open and close every multi-line construct, so random edits keep crossing states. */
    private static final String[] SNIPPETS = {
        "/*", "*/", "/**", "\"", "\"\"\"", "'", "//", "\n", "\n\n", "{", "}", "(", "x", " ", "\\", "@A", "0x1F", "var ",
    };

    /**
     * Snippets of words whose colour depends on what is next to them (keywords in context, {@code @interface},
     * {@code non-sealed}), often at the end of a line, where a line-by-line lexer's range ends.
     */
    static final String[] WORD_SNIPPETS = {
        "@interface", "@interface\n", "non-sealed", "non-sealed\n", "Thread.yield()", "yield ", "yield", ".", "\n",
        "record ", "record", "sealed", "permits ", "var", " ", "x", "(", "-", "/*", "*/", "\"", "1.", "0x", "e",
    };

    /**
     * One text change: {@code removed} characters at {@code position} replaced by {@code inserted}.
     *
     * @param position where the change starts
     * @param removed  how many characters it removes
     * @param inserted what it inserts
     */
    record Edit(int position, int removed, String inserted) {

        /** Applies the change to {@code text}. */
        void applyTo(StringBuilder text) {
            text.replace(position, position + removed, inserted);
        }
    }

    private SampleSource() {
    }

    /** A random edit of a text of {@code length} characters: mostly insertions of tricky snippets, some deletions. */
    static Edit randomEdit(Random random, int length) {
        return randomEdit(random, length, SNIPPETS);
    }

    /** A random edit of a text of {@code length} characters inserting one of {@code snippets} or deleting some. */
    static Edit randomEdit(Random random, int length, String[] snippets) {
        int position = random.nextInt(length + 1);
        int removed = random.nextInt(4) == 0 ? Math.min(random.nextInt(40), length - position) : 0;
        String inserted = removed > 0 && random.nextBoolean() ? "" : snippets[random.nextInt(snippets.length)];
        return new Edit(position, removed, inserted);
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
