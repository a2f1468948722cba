package dev.relive.loop.tests;

import dev.relive.failure.Phase;
import dev.relive.loop.ErrorCollapser;
import dev.relive.event.SketchError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorCollapserTest {

    private static final long SECOND = 1_000_000_000L;
    private static final SketchError.Frame STEP_LINE = new SketchError.Frame("Main", "step", "Main.java", 12, true);
    private static final SketchError.Frame OTHER_LINE = new SketchError.Frame("Main", "step", "Main.java", 14, true);

    private static SketchError thrown(String exception, String message, SketchError.Frame at) {
        return new SketchError(Phase.STEP, exception, message, List.of(at));
    }

    @Test
    void sameThrowSiteWithChangingMessageIsCollapsed() {
        ErrorCollapser collapser = new ErrorCollapser();
        assertEquals(0, collapser.admit(1, thrown("java.lang.IllegalStateException", "late 90", STEP_LINE), 0));
        for (int i = 1; i <= 59; i++) {
            assertEquals(-1, collapser.admit(1, thrown("java.lang.IllegalStateException", "late " + (90 + i), STEP_LINE),
                    i * SECOND / 60), "step " + i + " repeats the same throw and is collapsed");
        }
    }

    @Test
    void lineAfterTheWindowCountsTheCollapsedRepeats() {
        ErrorCollapser collapser = new ErrorCollapser();
        collapser.admit(1, thrown("java.lang.IllegalStateException", "late 1", STEP_LINE), 0);
        for (int i = 2; i <= 100; i++) {
            collapser.admit(1, thrown("java.lang.IllegalStateException", "late " + i, STEP_LINE), SECOND / 100 * i / 60);
        }
        assertEquals(99, collapser.admit(1, thrown("java.lang.IllegalStateException", "late 101", STEP_LINE), 3 * SECOND));
    }

    @Test
    void otherExceptionClassIsShown() {
        ErrorCollapser collapser = new ErrorCollapser();
        collapser.admit(1, thrown("java.lang.IllegalStateException", "x", STEP_LINE), 0);
        assertEquals(0, collapser.admit(1, thrown("java.lang.ArithmeticException", "x", STEP_LINE), 1));
    }

    @Test
    void otherThrowSiteIsShown() {
        ErrorCollapser collapser = new ErrorCollapser();
        collapser.admit(1, thrown("java.lang.IllegalStateException", "x", STEP_LINE), 0);
        assertEquals(0, collapser.admit(1, thrown("java.lang.IllegalStateException", "x", OTHER_LINE), 1));
    }

    @Test
    void otherGenerationIsShown() {
        ErrorCollapser collapser = new ErrorCollapser();
        collapser.admit(1, thrown("java.lang.IllegalStateException", "x", STEP_LINE), 0);
        assertEquals(0, collapser.admit(2, thrown("java.lang.IllegalStateException", "x", STEP_LINE), 1));
    }
}
