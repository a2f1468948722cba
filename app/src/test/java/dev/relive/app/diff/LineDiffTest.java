package dev.relive.app.diff;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineDiffTest {

    private static DiffLine same(String text, int oldLine, int newLine) {
        return new DiffLine(DiffLine.Kind.SAME, text, oldLine, newLine);
    }

    private static DiffLine added(String text, int newLine) {
        return new DiffLine(DiffLine.Kind.ADDED, text, 0, newLine);
    }

    private static DiffLine removed(String text, int oldLine) {
        return new DiffLine(DiffLine.Kind.REMOVED, text, oldLine, 0);
    }

    @Test
    void identicalTextsAreAllSame() {
        assertEquals(List.of(same("a", 1, 1), same("b", 2, 2)), LineDiff.of("a\nb\n", "a\nb\n"));
    }

    @Test
    void anInsertedLineIsAddedWithItsNewNumber() {
        assertEquals(List.of(same("a", 1, 1), added("x", 2), same("b", 2, 3)), LineDiff.of("a\nb", "a\nx\nb"));
    }

    @Test
    void aDeletedLineIsRemovedWithItsOldNumber() {
        assertEquals(List.of(same("a", 1, 1), removed("b", 2), same("c", 3, 2)), LineDiff.of("a\nb\nc", "a\nc"));
    }

    @Test
    void aChangedLineIsRemovedThenAdded() {
        assertEquals(List.of(same("int n = 0;", 1, 1), removed("double speed = 2.5;", 2), added("double speed = 4;", 2),
                        same("}", 3, 3)),
                LineDiff.of("int n = 0;\ndouble speed = 2.5;\n}", "int n = 0;\ndouble speed = 4;\n}"));
    }

    @Test
    void movedBlocksKeepTheLongestCommonRun() {
        List<DiffLine> diff = LineDiff.of(List.of("a", "b", "c", "d"), List.of("c", "d", "a", "b"));

        assertEquals(2, diff.stream().filter(l -> l.kind() == DiffLine.Kind.SAME).count());
        assertEquals(2, diff.stream().filter(l -> l.kind() == DiffLine.Kind.ADDED).count());
        assertEquals(2, diff.stream().filter(l -> l.kind() == DiffLine.Kind.REMOVED).count());
    }

    @Test
    void aFinalLineBreakMakesNoExtraLineAndNullIsNoText() {
        assertEquals(List.of("a", "b"), LineDiff.lines("a\r\nb\n"));
        assertEquals(List.of(), LineDiff.lines(null));
        assertEquals(List.of(added("a", 1)), LineDiff.of(null, "a"));
    }

    @Test
    void everyLineOfBothTextsAppearsOnceInOrder() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<String> before = randomLines(random);
            List<String> after = randomLines(random);

            List<DiffLine> diff = LineDiff.of(before, after);

            assertEquals(before, diff.stream().filter(l -> l.kind() != DiffLine.Kind.ADDED).map(DiffLine::text).toList());
            assertEquals(after, diff.stream().filter(l -> l.kind() != DiffLine.Kind.REMOVED).map(DiffLine::text).toList());
            long common = diff.stream().filter(l -> l.kind() == DiffLine.Kind.SAME).count();
            assertEquals(lcsLength(before, after), common, "the diff keeps a longest common subsequence");
        }
    }

    @Test
    void aHugeChangeFallsBackToRemovedThenAddedInsteadOfAHugeTable() {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 2100; i++) {
            before.add("old " + i);
            after.add("new " + i);
        }
        before.add("end");
        after.add("end");

        List<DiffLine> diff = LineDiff.of(before, after);

        assertEquals(DiffLine.Kind.REMOVED, diff.get(0).kind());
        assertEquals(DiffLine.Kind.ADDED, diff.get(2100).kind());
        assertEquals(same("end", 2101, 2101), diff.get(diff.size() - 1));
    }

    @Test
    void contextKeepsThreeLinesAroundEachChangeAndCountsTheRest() {
        List<String> before = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            before.add("line " + i);
        }
        List<String> after = new ArrayList<>(before);
        after.set(9, "changed 10");

        List<DiffLine> shown = LineDiff.withContext(LineDiff.of(before, after), 3);

        assertEquals(DiffLine.gap(6), shown.get(0));
        assertEquals(same("line 7", 7, 7), shown.get(1));
        assertEquals(removed("line 10", 10), shown.get(4));
        assertEquals(added("changed 10", 10), shown.get(5));
        assertEquals(same("line 13", 13, 13), shown.get(8));
        assertEquals(DiffLine.gap(7), shown.get(9));
        assertEquals(10, shown.size());
    }

    private static List<String> randomLines(Random random) {
        int n = random.nextInt(12);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return lines;
    }

    private static int lcsLength(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        assertTrue(t[a.size()][b.size()] >= 0);
        return t[a.size()][b.size()];
    }
}
