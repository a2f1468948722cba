package dev.relive.app.tweak;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a literal being tweaked sits in the document and what it reads there now, so that each new value is
 * written exactly over the previous one even when its length changes ({@code 9} → {@code 10}). A negative
 * value right after a {@code +} or {@code -} gets a space first, so the sign never fuses into {@code --}.
 */
final class LiteralSlot {

    /**
     * One edit of the document: replace {@code [start, end)} with {@code text}.
     *
     * @param start first character replaced
     * @param end   first character after the replaced ones
     * @param text  the new text
     */
    record Replacement(int start, int end, String text) {
    }

    private final int start;
    private final boolean afterSign;
    private String shown;

    /** A slot at document offset {@code start} now holding {@code shown}, the literal as the editor has it. */
    LiteralSlot(int start, String shown, boolean afterSign) {
        if (start < 0) {
            throw new IllegalArgumentException("Start must not be negative, not " + start);
        }
        this.start = start;
        this.shown = Objects.requireNonNull(shown, "Shown text must not be null");
        this.afterSign = afterSign;
    }

    /** A slot for {@code literal}, whose line starts at document offset {@code lineStart}, reading {@code line}. */
    static LiteralSlot of(Literal literal, int lineStart, CharSequence line) {
        return new LiteralSlot(lineStart + literal.start(), line.subSequence(literal.start(), literal.end()).toString(),
                literal.afterSign());
    }

    /** The edit that writes {@code literal} over what the slot shows, or empty if it shows that already. */
    Optional<Replacement> write(String literal) {
        String text = afterSign && literal.startsWith("-") ? " " + literal : literal;
        if (text.equals(shown)) {
            return Optional.empty();
        }
        Replacement edit = new Replacement(start, end(), text);
        shown = text;
        return Optional.of(edit);
    }

    /** Offset of the first character. */
    int start() {
        return start;
    }

    /** Offset just past the last character. */
    int end() {
        return start + shown.length();
    }

    /** What the slot holds now. */
    String shown() {
        return shown;
    }
}
