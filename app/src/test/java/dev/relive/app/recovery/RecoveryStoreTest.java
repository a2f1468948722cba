package dev.relive.app.recovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryStoreTest {

    @TempDir
    Path home;

    private RecoveryStore store() {
        return new RecoveryStore(home.resolve("recovery"));
    }

    private Path sketch(String name) {
        return home.resolve("sketches").resolve(name);
    }

    @Test
    void aWrittenCopyIsListedWithItsTextAndTime() throws IOException {
        Instant before = Instant.now().minusSeconds(2);
        store().write(sketch("balls"), "Main.java", "class Main { int unsaved; }");

        List<RecoveredFile> listed = store().list(sketch("balls"));

        assertEquals(1, listed.size());
        RecoveredFile file = listed.get(0);
        assertEquals("Main.java", file.path());
        assertEquals("class Main { int unsaved; }", file.text());
        assertEquals(sketch("balls").toAbsolutePath().normalize(), file.sketch());
        assertTrue(file.time().isAfter(before), file.time().toString());
    }

    @Test
    void aLaterWriteReplacesTheCopy() throws IOException {
        store().write(sketch("balls"), "Main.java", "one");
        store().write(sketch("balls"), "Main.java", "two");

        assertEquals(List.of("two"), store().list(sketch("balls")).stream().map(RecoveredFile::text).toList());
    }

    @Test
    void copiesAreKeyedBySketchFolderNotJustByName() throws IOException {
        Path here = home.resolve("a/balls");
        Path there = home.resolve("b/balls");
        store().write(here, "Main.java", "here");
        store().write(there, "Main.java", "there");

        assertEquals("here", store().list(here).get(0).text());
        assertEquals("there", store().list(there).get(0).text());
        assertEquals(List.of(), store().list(sketch("other")));
    }

    @Test
    void filesInSubfoldersKeepTheirRelativePath() throws IOException {
        store().write(sketch("balls"), "shapes/Ball.java", "class Ball {}");
        store().write(sketch("balls"), "Main.java", "class Main {}");

        assertEquals(List.of("Main.java", "shapes/Ball.java"),
                store().list(sketch("balls")).stream().map(RecoveredFile::path).toList());
    }

    @Test
    void deletingTheLastCopyOfASketchLeavesNothingBehind() throws IOException {
        store().write(sketch("balls"), "shapes/Ball.java", "class Ball {}");
        store().write(sketch("balls"), "Main.java", "class Main {}");

        store().delete(sketch("balls"), "shapes/Ball.java");
        assertEquals(List.of("Main.java"), store().list(sketch("balls")).stream().map(RecoveredFile::path).toList());
        store().delete(sketch("balls"), "Main.java");

        assertEquals(List.of(), store().list(sketch("balls")));
        try (Stream<Path> left = Files.list(home.resolve("recovery"))) {
            assertEquals(List.of(), left.toList(), "no empty folders stay");
        }
    }

    @Test
    void deletingACopyThatIsNotThereIsFine() throws IOException {
        store().delete(sketch("balls"), "Main.java");
        assertEquals(List.of(), store().list(sketch("balls")));
    }

    @Test
    void aWriteCutShortByACrashLeavesThePreviousCopyWholeAndIsNotListed() throws IOException {
        store().write(sketch("balls"), "Main.java", "complete");
        Path copy;
        try (Stream<Path> walk = Files.walk(home.resolve("recovery"))) {
            copy = walk.filter(p -> p.getFileName().toString().equals("Main.java")).findFirst().orElseThrow();
        }
        // What AtomicFiles leaves when the process dies between writing its temporary file and moving it.
        Files.writeString(copy.resolveSibling(".relive-123.tmp"), "half a wri");

        assertEquals(List.of("complete"), store().list(sketch("balls")).stream().map(RecoveredFile::text).toList());
    }

    @Test
    void aPathOutsideTheSketchIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> store().write(sketch("balls"), "../../escape.java", "x"));
    }
}
