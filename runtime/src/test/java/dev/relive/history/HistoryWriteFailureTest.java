package dev.relive.history;

import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.relive.testing.LiveSketch.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A history write that fails is said once, the generations wait in memory, and the disk catches up as soon as writing
 * works again, without a restart. (Tests run as root, where a read-only mode does not stop writes, so the store's
 * objects folder is swapped for a plain file, which fails every write in it as a full or read-only disk would.)
 */
class HistoryWriteFailureTest {

    @TempDir
    Path dir;

    @Test
    void failedWritesAreSaidOnceKeptInMemoryAndWrittenWhenWritingWorksAgain() throws Exception {
        Path objects = dir.resolve(".relive/objects");
        Path aside = dir.resolve(".relive/objects-aside");
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", counter("one")).startThreaded()) {
            live.await(EngineEvent.Applied.class, a -> a.generation() == 1, 60);
            Files.move(objects, aside);
            Files.writeString(objects, "not a folder");

            live.engine().reload(); // the IDE's save path; the watcher may report the same change, which is then no change
            live.write("Main.java", counter("two")).engine().reload();
            live.await(EngineEvent.Compiled.class, c -> c.generation() == 2, 60);
            live.write("Main.java", counter("three")).engine().reload();
            EngineEvent.Compiled third = live.await(EngineEvent.Compiled.class, c -> c.generation() == 3, 60);

            assertFalse(third.durable(), "the event says the generation is not on disk yet");
            assertFalse(live.events(EngineEvent.Compiled.class).stream().filter(c -> c.generation() == 2).findFirst().orElseThrow().durable());
            List<EngineEvent.Notice> errors = live.events(EngineEvent.Notice.class).stream()
                    .filter(n -> n.message().startsWith("cannot write the history")).toList();
            assertEquals(1, errors.size(), "said once, not once per write: " + errors);
            assertTrue(errors.get(0).message().contains(objects.toString()), errors.get(0).message());
            assertFalse(Files.exists(dir.resolve(".relive/generations/2.properties")));
            assertEquals(List.of(1, 2, 3), live.engine().generations().stream().map(Generation::number).toList(), "kept in memory");

            restore(aside, objects);
            live.await(EngineEvent.Notice.class, n -> n.message().contains("can be written again"), 30);
            assertTrue(Files.exists(dir.resolve(".relive/generations/2.properties")), "caught up without a restart");
            assertTrue(Files.exists(dir.resolve(".relive/generations/3.properties")));
        }
        try (LiveSketch again = LiveSketch.in(dir).start()) {
            assertEquals(counter("two"), again.engine().generation(2).orElseThrow().sources().sources().get("Main.java"));
            assertEquals(3, again.engine().liveNumber());
        }
    }

    /**
     * Puts the objects folder back. The history's retry may recreate it between deleting the blocking file and
     * moving the folder back; then what was set aside is moved into the recreated folder instead.
     */
    private static void restore(Path aside, Path objects) throws java.io.IOException {
        Files.delete(objects);
        try {
            Files.move(aside, objects);
            return;
        } catch (java.nio.file.FileAlreadyExistsException recreated) {
            // the writer got there first; merge below
        }
        try (java.util.stream.Stream<Path> files = Files.walk(aside)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = objects.resolve(aside.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.move(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
