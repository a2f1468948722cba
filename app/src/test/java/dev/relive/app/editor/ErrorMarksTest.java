package dev.relive.app.editor;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorMarksTest {

    private static Mark error(int start, int end) {
        return new Mark(start, end, Mark.Severity.ERROR, "e");
    }

    @Test
    void typingBeforeAMarkPushesItAlong() {
        assertEquals(error(13, 15), error(10, 12).shifted(10, 0, 3));
        assertEquals(error(7, 9), error(10, 12).shifted(0, 5, 2));
    }

    @Test
    void typingRightAfterAMarkDoesNotStretchIt() {
        assertEquals(error(10, 12), error(10, 12).shifted(12, 0, 5));
    }

    @Test
    void typingInsideAMarkStretchesIt() {
        assertEquals(error(10, 15), error(10, 12).shifted(11, 0, 3));
    }

    @Test
    void deletingAMarksTextDropsIt() {
        ErrorMarks marks = new ErrorMarks();
        marks.setCompile(List.of(error(10, 12), error(20, 22)));
        assertTrue(marks.shift(9, 4, 0));
        assertEquals(List.of(error(16, 18)), marks.all());
    }

    @Test
    void aLineOnlyMarkSurvivesEditsAroundIt() {
        Mark flag = new Mark(5, 5, Mark.Severity.WARNING, "w");
        assertEquals(new Mark(8, 8, Mark.Severity.WARNING, "w"), flag.shifted(0, 0, 3));
    }

    @Test
    void compileMarksBecomeUnderlinesAndRuntimeMarksDoNot() {
        ErrorMarks marks = new ErrorMarks();
        marks.setCompile(List.of(error(0, 3), new Mark(5, 5, Mark.Severity.ERROR, "flag only")));
        marks.putRuntime(new Mark(10, 20, Mark.Severity.RUNTIME, "boom"));
        List<Overlay> overlays = new ArrayList<>();
        marks.collect(0, 100, overlays);
        assertEquals(List.of(new Overlay(0, 3, "diagnostic-error")), overlays);
    }

    @Test
    void aRepeatedRuntimeErrorReplacesTheOneOnItsLine() {
        ErrorMarks marks = new ErrorMarks();
        marks.putRuntime(new Mark(10, 20, Mark.Severity.RUNTIME, "first"));
        Mark replaced = marks.putRuntime(new Mark(10, 20, Mark.Severity.RUNTIME, "again"));
        assertEquals("first", replaced.message());
        assertEquals(1, marks.runtime().size());
    }

    @Test
    void marksAtAnOffsetAreTheOnesCoveringIt() {
        ErrorMarks marks = new ErrorMarks();
        marks.setCompile(List.of(error(0, 3)));
        marks.putRuntime(new Mark(0, 10, Mark.Severity.RUNTIME, "boom"));
        assertEquals(2, marks.at(2).size());
        assertEquals(1, marks.at(3).size());
        assertEquals(1, marks.at(10).size());
        assertTrue(marks.at(11).isEmpty());
    }

    @Test
    void clearingReturnsEverythingAndLeavesNothing() {
        ErrorMarks marks = new ErrorMarks();
        marks.setCompile(List.of(error(0, 3)));
        marks.putRuntime(new Mark(0, 10, Mark.Severity.RUNTIME, "boom"));
        assertEquals(2, marks.clear().size());
        assertTrue(marks.isEmpty());
        assertFalse(marks.shift(0, 0, 1));
    }

    @Test
    void theWorstSeverityWins() {
        assertEquals(Mark.Severity.ERROR, Mark.Severity.worst(List.of(
                new Mark(0, 1, Mark.Severity.WARNING, "w"), error(0, 1), new Mark(0, 1, Mark.Severity.RUNTIME, "r"))));
    }
}
