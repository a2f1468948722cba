package dev.relive.app.diff;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceDiffTest {

    @Test
    void onlyFilesThatDifferAreShownEachUnderItsHeader() {
        List<DiffLine> diff = SourceDiff.between(
                Map.of("Ball.java", "class Ball {}", "Main.java", "a\nb"),
                Map.of("Ball.java", "class Ball {}", "Main.java", "a\nc"));

        assertEquals(List.of(DiffLine.header("Main.java"),
                new DiffLine(DiffLine.Kind.SAME, "a", 1, 1),
                new DiffLine(DiffLine.Kind.REMOVED, "b", 2, 0),
                new DiffLine(DiffLine.Kind.ADDED, "c", 0, 2)), diff);
    }

    @Test
    void addedAndRemovedFilesSaySo() {
        List<DiffLine> diff = SourceDiff.between(Map.of("Old.java", "x"), Map.of("New.java", "y"));

        assertEquals(DiffLine.header("New.java (added)"), diff.get(0));
        assertEquals(DiffLine.header("Old.java (removed)"), diff.get(2));
    }

    @Test
    void identicalSourcesSayThereAreNoDifferences() {
        assertEquals(List.of(DiffLine.header(SourceDiff.NO_DIFFERENCES)),
                SourceDiff.between(Map.of("Main.java", "a"), Map.of("Main.java", "a")));
    }
}
