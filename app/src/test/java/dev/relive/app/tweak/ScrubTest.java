package dev.relive.app.tweak;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScrubTest {

    private static Scrub scrub(String line, String needle) {
        Literal literal = Literal.find(line, line.indexOf(needle)).orElseThrow();
        return new Scrub(LiteralSlot.of(literal, 100, line), literal.number().orElseThrow(), 50);
    }

    @Test
    void dragRightRaisesTheNumberOneStepPerFewPixels() {
        Scrub scrub = scrub("int size = 10;", "10");

        LiteralSlot.Replacement edit = scrub.moveTo(50 + 3 * Scrub.PIXELS_PER_STEP, false).orElseThrow();

        assertEquals(new LiteralSlot.Replacement(111, 113, "13"), edit);
    }

    @Test
    void eachEditReplacesWhatThePreviousOneWrote() {
        Scrub scrub = scrub("int size = 9;", "9");
        assertEquals(new LiteralSlot.Replacement(111, 112, "10"), scrub.moveTo(50 + Scrub.PIXELS_PER_STEP, false).orElseThrow());
        assertEquals(new LiteralSlot.Replacement(111, 113, "8"), scrub.moveTo(50 - Scrub.PIXELS_PER_STEP, false).orElseThrow());
    }

    @Test
    void movingWithinOneStepChangesNothing() {
        Scrub scrub = scrub("int size = 10;", "10");
        assertEquals(Optional.empty(), scrub.moveTo(51, false));
        assertEquals(Optional.empty(), scrub.moveTo(49, false));
    }

    @Test
    void coarseDraggingMovesTenStepsAndContinuesFromTheValueReached() {
        Scrub scrub = scrub("double g = 0.15;", "0.15");
        scrub.moveTo(50 + 2 * Scrub.PIXELS_PER_STEP, false);
        assertEquals("0.17", scrub.number().text());
        scrub.moveTo(50 + 3 * Scrub.PIXELS_PER_STEP, true);
        assertEquals("0.17", scrub.number().text(), "switching to coarse does not jump");
        scrub.moveTo(50 + 4 * Scrub.PIXELS_PER_STEP, true);
        assertEquals("0.27", scrub.number().text());
    }

    @Test
    void aNegativeValueAfterABinaryMinusGetsASpaceAndLosesItWhenPositiveAgain() {
        Scrub scrub = scrub("a -1", "1");
        LiteralSlot.Replacement negative = scrub.moveTo(50 - 2 * Scrub.PIXELS_PER_STEP, false).orElseThrow();
        assertEquals(" -1", negative.text());
        LiteralSlot.Replacement positive = scrub.moveTo(50 + Scrub.PIXELS_PER_STEP, false).orElseThrow();
        assertEquals(new LiteralSlot.Replacement(103, 106, "2"), positive);
    }

    @Test
    void anUnchangedValueKeepsItsSpelling() {
        Scrub scrub = scrub("n = 1_000;", "1_000");
        assertTrue(scrub.moveTo(50, false).isEmpty());
        assertEquals("1001", scrub.moveTo(50 + Scrub.PIXELS_PER_STEP, false).orElseThrow().text());
    }
}
