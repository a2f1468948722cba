package dev.relive.watch;

import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live engine and its watcher under hostile file systems. */
class WatcherRobustnessTest {

    @TempDir
    Path parent;


    @Test
    void aDeletedSketchFolderIsReportedAndTheLiveCodeKeepsRunning() throws Exception {
        Path dir = Files.createDirectories(parent.resolve("sketch"));
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", LiveSketch.counter("alive")).startThreaded()) {
            live.awaitOutput("alive 2");
            deleteTree(dir);
            live.engine().reload();
            live.await(EngineEvent.Notice.class, n -> n.message().contains("is gone") && n.message().contains("the live code keeps running"));
            int before = live.output().size();
            live.awaitOutput("alive " + (before + 5));
        }
    }

    /** Deletes a folder the engine may still be writing history into, as a person's rm -rf would. */
    private static void deleteTree(Path dir) throws Exception {
        for (int attempt = 0; attempt < 50 && Files.exists(dir); attempt++) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                Thread.sleep(5); // a file appeared or vanished mid-walk: walk again
            }
        }
    }

    @Test
    void aRenamedSketchFolderIsReportedAndTheLiveCodeKeepsRunning() throws Exception {
        Path dir = Files.createDirectories(parent.resolve("sketch"));
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", LiveSketch.counter("alive")).startThreaded()) {
            live.awaitOutput("alive 2");
            Files.move(dir, parent.resolve("renamed"));
            live.await(EngineEvent.Notice.class, n -> n.message().contains("is gone")); // the watcher notices by itself
            live.awaitOutput("alive " + (live.output().size() + 3));
        }
    }

    @Test
    void tenThousandUnrelatedFilesAreIgnoredAndSavesStillGoLive() throws Exception {
        Path dir = Files.createDirectories(parent.resolve("sketch"));
        Path data = Files.createDirectories(dir.resolve("data"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(data.resolve("row-" + i + ".csv"), "value," + i + "\n");
        }
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", LiveSketch.counter("one")).startThreaded()) {
            live.awaitOutput("one 1");
            Files.writeString(data.resolve("row-1.csv"), "changed");
            live.write("Main.java", LiveSketch.counter("two"));
            live.awaitOutput("two");
            assertTrue(live.events(EngineEvent.Compiled.class).stream().allMatch(c -> c.files().equals(java.util.List.of("Main.java"))));
        }
    }

    @Test
    void aFileChangedDuringACompileEndsWithTheNewestContentLive() throws Exception {
        Path dir = Files.createDirectories(parent.resolve("sketch"));
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", LiveSketch.counter("v0")).startThreaded()) {
            live.awaitOutput("v0 1");
            for (int i = 1; i <= 20; i++) {
                live.write("Main.java", LiveSketch.counter("v" + i));
                Thread.sleep(3); // faster than a compile: later writes land while earlier ones compile
            }
            live.awaitOutput("v20 ");
        }
    }
}
