package dev.relive.watch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The watcher turns each way editors save into one change, and ignores what is not a source. */
class SketchWatcherTest {

    @TempDir
    Path dir;
    static final long QUIET_MILLIS = 1000;
    final LinkedBlockingQueue<Change> changes = new LinkedBlockingQueue<>();
    SketchWatcher watcher;

    @AfterEach
    void close() {
        watcher.close();
    }

    private void start() throws Exception {
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("Main.java"), "class Main {}");
        // A quiet period far longer than a burst of writes takes, even on a loaded machine: the burst stays one change.
        watcher = new SketchWatcher(dir, QUIET_MILLIS, changes::add);
        Thread.sleep(200); // let the native watch register before the first write
    }

    private void assertOneChange() throws InterruptedException {
        Change change = changes.poll(10, TimeUnit.SECONDS);
        assertNotNull(change, "a change was reported");
        org.junit.jupiter.api.Assertions.assertTrue(change.rescan() || change.paths().contains(dir.resolve("Main.java")), change.toString());
        assertNull(changes.poll(QUIET_MILLIS + 500, TimeUnit.MILLISECONDS), "the burst was reported once");
    }

    @Test
    void aBurstOfWritesIsOneChange() throws Exception {
        start();
        for (int i = 0; i < 10; i++) {
            Files.writeString(dir.resolve("Main.java"), "class Main { int v = " + i + "; }");
        }
        assertOneChange();
    }

    @Test
    void writeTempThenRenameIsSeen() throws Exception {
        start();
        Path temp = dir.resolve(".Main.java.swp");
        Files.writeString(temp, "class Main { int v = 1; }");
        Files.move(temp, dir.resolve("Main.java"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertOneChange();
    }

    @Test
    void deleteThenCreateIsSeen() throws Exception {
        start();
        Files.delete(dir.resolve("Main.java"));
        Files.writeString(dir.resolve("Main.java"), "class Main { int v = 2; }");
        assertOneChange();
    }

    @Test
    void filesInNewSubfoldersAreSeen() throws Exception {
        start();
        Files.createDirectories(dir.resolve("pkg/deeper"));
        Thread.sleep(100);
        changes.clear();
        Files.writeString(dir.resolve("pkg/deeper/Ball.java"), "package pkg.deeper; class Ball {}");
        assertNotNull(changes.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void filesThatAreNotSourcesAreIgnored() throws Exception {
        start();
        Files.writeString(dir.resolve("notes.txt"), "hello");
        Files.createDirectories(dir.resolve(".relive"));
        Thread.sleep(100);
        changes.clear();
        Files.writeString(dir.resolve(".relive/state.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "hello again");
        assertNull(changes.poll(500, TimeUnit.MILLISECONDS));
    }
}
