package dev.relive.app.tweak;

import java.util.Objects;
import java.util.Optional;

/**
 * One drag over a number: the horizontal distance from where it started decides how many steps the number moves
 * ({@value #PIXELS_PER_STEP} pixels a step, ten times the step while coarse). Each value is computed from the
 * value at the start, never added up move by move, so a drag back to the start gives the original number back.
 * Turning coarse on or off mid-drag continues from the value reached.
 */
final class Scrub {

    /** Horizontal pixels per step. */
    static final double PIXELS_PER_STEP = 4;
    /** How many steps one coarse step is. */
    static final long COARSE = 10;

    private final LiteralSlot slot;
    private NumberLiteral anchor;
    private double anchorX;
    private boolean coarse;
    private NumberLiteral now;

    /** A drag of {@code number}, shown in {@code slot}, that starts at horizontal position {@code x}. */
    Scrub(LiteralSlot slot, NumberLiteral number, double x) {
        this.slot = Objects.requireNonNull(slot, "Slot must not be null");
        this.anchor = Objects.requireNonNull(number, "Number must not be null");
        this.now = number;
        this.anchorX = x;
    }

    /** The mouse is at {@code x}: the edit that shows the number there, or empty if it did not change. */
    Optional<LiteralSlot.Replacement> moveTo(double x, boolean coarse) {
        if (coarse != this.coarse) {
            anchor = now;
            anchorX = x;
            this.coarse = coarse;
        }
        long steps = (long) ((x - anchorX) / PIXELS_PER_STEP);
        NumberLiteral before = now;
        now = anchor.stepped(coarse ? steps * COARSE : steps);
        // An unchanged value is never rewritten, so a literal such as 1_000 keeps its spelling until it moves.
        return now.value().compareTo(before.value()) == 0 ? Optional.empty() : slot.write(now.text());
    }

    /** The number now. */
    NumberLiteral number() {
        return now;
    }

    /** Where the number is in the document. */
    LiteralSlot slot() {
        return slot;
    }
}
