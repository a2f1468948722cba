package dev.relive.history;

import dev.relive.engine.Engine;
import dev.relive.engine.EngineOptions;
import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import dev.relive.testing.RunnerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.relive.testing.LiveSketch.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One sketch folder has one owner: a second engine or runner is refused, naming the holder; a dead holder's lock is taken over. */
class FolderLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondEngineOnTheSameFolderIsRefusedUntilTheFirstCloses() throws Exception {
        Files.writeString(dir.resolve("Main.java"), counter("one"));
        try (Engine first = Engine.open(dir, EngineOptions.manual(System::nanoTime))) {
            FolderInUseException refused = assertThrows(FolderInUseException.class,
                    () -> Engine.open(dir, EngineOptions.manual(System::nanoTime)));
            assertEquals(ProcessHandle.current().pid(), refused.pid());
            assertTrue(refused.getMessage().contains("pid " + ProcessHandle.current().pid()), refused.getMessage());
        }
        try (Engine second = Engine.open(dir, EngineOptions.manual(System::nanoTime))) {
            assertEquals(dir.toAbsolutePath().normalize(), second.folder(), "closing released the folder");
        }
    }

    @Test
    void aSecondRunnerIsRefusedNamingTheFirstAndALockLeftByAKilledRunnerIsTakenOver() throws Exception {
        Files.writeString(dir.resolve("Main.java"), counter("one"));
        long firstPid;
        try (RunnerProcess first = RunnerProcess.start(dir)) {
            first.await(l -> l.contains("\"event\":\"compiled\""), 60);
            firstPid = first.pid();
            FolderInUseException refused = assertThrows(FolderInUseException.class,
                    () -> Engine.open(dir, EngineOptions.manual(System::nanoTime)));
            assertEquals(firstPid, refused.pid());
            assertTrue(refused.getMessage().contains("process " + firstPid + ", the Relive runner"), refused.getMessage());

            RunnerProcess second = RunnerProcess.start(dir);
            assertEquals(3, second.exitCode(), "a second runner exits with code 3");
            assertTrue(String.join("\n", second.lines()).contains("process " + firstPid), second.lines().toString());
            first.kill();
        }
        try (LiveSketch after = LiveSketch.in(dir).start()) {
            assertTrue(after.events(EngineEvent.Notice.class).stream().anyMatch(n ->
                    n.message().contains("took over the lock") && n.message().contains(String.valueOf(firstPid))),
                    after.events().toString());
        }
    }
}
