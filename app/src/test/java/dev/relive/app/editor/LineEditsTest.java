package dev.relive.app.editor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineEditsTest {

    private static String apply(List<String> lines, List<LineEdits.Change> changes) {
        return LineEdits.apply(lines, changes);
    }

    @Test
    void indentAddsFourSpacesToNonEmptyLines() {
        List<String> lines = List.of("a", "", "  b");
        assertEquals("    a\n\n      b", apply(lines, LineEdits.indent(lines)));
    }

    @Test
    void outdentRemovesAtMostOneIndentOrOneTab() {
        List<String> lines = List.of("      a", "  b", "c", "\tt");
        assertEquals("  a\nb\nc\nt", apply(lines, LineEdits.outdent(lines)));
    }

    @Test
    void commentingPutsSlashesAtTheCommonIndentAndSkipsBlankLines() {
        List<String> lines = List.of("    int a;", "", "        a++;");
        assertEquals("    // int a;\n\n    //     a++;", apply(lines, LineEdits.toggleComment(lines)));
    }

    @Test
    void uncommentingRemovesSlashesAndOneSpace() {
        List<String> lines = List.of("    // int a;", "    //a++;", "");
        assertEquals("    int a;\n    a++;\n", apply(lines, LineEdits.toggleComment(lines)));
    }

    @Test
    void aMixOfCommentedAndPlainLinesGetsCommented() {
        List<String> lines = List.of("// done", "todo");
        assertEquals("// // done\n// todo", apply(lines, LineEdits.toggleComment(lines)));
    }

    @Test
    void togglingTwiceRestoresTheLines() {
        List<String> lines = List.of("  if (x) {", "      y();", "  }");
        String once = apply(lines, LineEdits.toggleComment(lines));
        List<String> commented = List.of(once.split("\n", -1));
        assertEquals(String.join("\n", lines), apply(commented, LineEdits.toggleComment(commented)));
    }

    @Test
    void aBlankLineGetsACommentAtItsEnd() {
        List<String> lines = List.of("    ");
        assertEquals("    // ", apply(lines, LineEdits.toggleComment(lines)));
    }

    @Test
    void caretsMoveWithTheirText() {
        LineEdits.Change insert = new LineEdits.Change(4, 0, "// ");
        assertEquals(2, insert.map(2));
        assertEquals(7, insert.map(4));
        assertEquals(10, insert.map(7));

        LineEdits.Change remove = new LineEdits.Change(0, 4, "");
        assertEquals(0, remove.map(2));
        assertEquals(2, remove.map(6));
    }

    @Test
    void indentOfIsTheLeadingBlanks() {
        assertEquals("  \t ", LineEdits.indentOf("  \t x "));
        assertEquals("", LineEdits.indentOf("x"));
    }
}
