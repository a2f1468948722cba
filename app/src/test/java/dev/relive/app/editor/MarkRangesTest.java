package dev.relive.app.editor;

import dev.relive.compile.Diagnostic;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkRangesTest {

    private static final String TEXT = "class A {\n    int x = y;\n\tint z = w\n}";

    private static Diagnostic at(long line, long column, long start, long end, dev.relive.compile.Severity severity) {
        return new Diagnostic("A.java", line, column, start, end, severity, "message");
    }

    private static String marked(Mark mark) {
        return TEXT.substring(mark.start(), mark.end());
    }

    @Test
    void compilerOffsetsAreUsedAsGiven() {
        int y = TEXT.indexOf('y');
        Mark mark = MarkRanges.ofDiagnostic(at(2, 13, y, y + 1, dev.relive.compile.Severity.ERROR), TEXT);
        assertEquals("y", marked(mark));
        assertEquals(Mark.Severity.ERROR, mark.severity());
    }

    @Test
    void anEmptyRangeRightAfterATokenMarksItsLastCharacter() {
        int afterW = TEXT.indexOf('w') + 1;
        assertEquals("w", marked(MarkRanges.ofDiagnostic(at(3, 10, afterW, afterW, dev.relive.compile.Severity.ERROR), TEXT)));
    }

    @Test
    void anEmptyRangeOnATokenMarksTheWholeToken() {
        int x = TEXT.indexOf("int x");
        assertEquals("int", marked(MarkRanges.ofDiagnostic(at(2, 5, x, x, dev.relive.compile.Severity.WARNING), TEXT)));
    }

    @Test
    void lineAndColumnAloneMarkToTheEndOfTheToken() {
        assertEquals("x", marked(MarkRanges.ofDiagnostic(at(2, 9, -1, -1, dev.relive.compile.Severity.ERROR), TEXT)));
    }

    @Test
    void columnsCountTabsAsJavacDoes() {
        // The tab takes the line to column 9, so 'z' is at column 13.
        assertEquals("z", marked(MarkRanges.ofDiagnostic(at(3, 13, -1, -1, dev.relive.compile.Severity.ERROR), TEXT)));
    }

    @Test
    void aLineWithoutColumnMarksItsText() {
        assertEquals("int x = y;", marked(MarkRanges.ofDiagnostic(at(2, 0, -1, -1, dev.relive.compile.Severity.NOTE), TEXT)));
    }

    @Test
    void offsetsPastTheEndAreClamped() {
        Mark mark = MarkRanges.ofDiagnostic(at(9, 1, 500, 600, dev.relive.compile.Severity.ERROR), TEXT);
        assertEquals("}", marked(mark));
    }

    @Test
    void aMessageWithoutPositionFlagsTheFirstLine() {
        Mark mark = MarkRanges.ofDiagnostic(Diagnostic.fileError("A.java", 0, "unreadable"), TEXT);
        assertEquals(new Mark(0, 0, Mark.Severity.ERROR, "unreadable"), mark);
    }

    @Test
    void severitiesFollowTheCompilersWords() {
        assertEquals(Mark.Severity.WARNING, Mark.Severity.ofCompiler(dev.relive.compile.Severity.WARNING));
        assertEquals(Mark.Severity.NOTE, Mark.Severity.ofCompiler(dev.relive.compile.Severity.NOTE));
        assertEquals(Mark.Severity.ERROR, Mark.Severity.ofCompiler(dev.relive.compile.Severity.ERROR));
    }

    @Test
    void aRuntimeErrorCoversItsWholeLine() {
        Mark mark = MarkRanges.ofRuntime(2, "boom", TEXT);
        assertEquals("    int x = y;", marked(mark));
        assertEquals(Mark.Severity.RUNTIME, mark.severity());
    }
}
