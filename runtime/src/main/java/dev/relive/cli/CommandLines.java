package dev.relive.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits the runner's standard input into command lines, whatever it carries: a line is cut at {@value #MAX_BYTES}
 * bytes (the rest up to its line break is skipped and counted, so a line of gigabytes never fills memory), and bytes
 * that are not UTF-8 become replacement characters instead of an error.
 */
final class CommandLines {

    /** The longest command line read in full, in bytes. */
    static final int MAX_BYTES = 4096;

    /** One line: its text (at most {@value #MAX_BYTES} bytes of it) and how many bytes it had in all. */
    record Line(String text, long bytes) {
        /** Whether the line was longer than the reader keeps. */
        boolean cut() {
            return bytes > MAX_BYTES;
        }
    }

    private final InputStream in;

    CommandLines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long bytes = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (bytes < MAX_BYTES) {
                kept.write(b);
            }
            bytes++;
        }
        if (b == -1 && bytes == 0) {
            return null;
        }
        return new Line(kept.toString(StandardCharsets.UTF_8), bytes);
    }

    /** {@code text} made safe to echo: control characters shown as '?', cut to {@value #ECHO} characters. */
    static String echo(String text) {
        StringBuilder safe = new StringBuilder();
        text.codePoints().limit(ECHO).forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > ECHO ? safe + "..." : safe.toString();
    }

    /** The most characters of a user's input repeated in an error. */
    static final int ECHO = 200;
}
