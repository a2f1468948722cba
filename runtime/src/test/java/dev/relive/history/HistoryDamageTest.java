package dev.relive.history;

import dev.relive.event.EngineEvent;
import dev.relive.testing.LiveSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static dev.relive.testing.LiveSketch.counter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One unreadable history entry never hides the others; each is named with what is wrong, and nothing is overwritten. */
class HistoryDamageTest {

    @TempDir
    Path dir;

    @Test
    void damagedEntriesAreSkippedNamedAndNeverOverwritten() throws Exception {
        try (LiveSketch live = LiveSketch.in(dir).write("Main.java", counter("v1")).start()) {
            for (int i = 2; i <= 12; i++) {
                live.save("Main.java", counter("v" + i));
            }
        }
        Path generations = dir.resolve(".relive/generations");
        byte[] twelve = truncate(generations.resolve("12.properties"));
        truncate(generations.resolve("3.properties"));
        Files.write(generations.resolve("5.properties"), new byte[]{(byte) 0xff, (byte) 0xfe, 'n', 0, (byte) 0x80});
        Path latin1Object = pointSourceAtLatin1(generations.resolve("7.properties"));
        Files.delete(generations.resolve("9.properties"));
        Files.createDirectory(generations.resolve("9.properties"));
        Files.writeString(dir.resolve(".relive/live"), "banana");
        Files.writeString(generations.resolve(".relive-123.tmp"), "half a wri");

        try (LiveSketch again = LiveSketch.in(dir).start()) {
            assertEquals(List.of(1, 2, 4, 6, 8, 10, 11, 13),
                    again.engine().history().stream().map(Generation::number).toList(),
                    "every other generation loads, by number; numbering goes on after 12, the highest on disk");
            List<String> notices = again.events(EngineEvent.Notice.class).stream().map(EngineEvent.Notice::message).toList();
            assertNamed(notices, generations.resolve("3.properties"), "has no");
            assertNamed(notices, generations.resolve("12.properties"), "has no");
            assertNamed(notices, generations.resolve("5.properties"), "is not valid UTF-8");
            assertNamed(notices, latin1Object, "is not valid UTF-8, but 7.properties lists it as the source of Main.java");
            assertNamed(notices, generations.resolve("9.properties"), "cannot be read");
            assertNamed(notices, dir.resolve(".relive/live"), "'banana' is not a generation number");
            again.step(1);
            assertEquals("v12 1", again.lastOutput(), "the folder's code runs as generation 13");
        }
        assertArrayEquals(twelve, Files.readAllBytes(generations.resolve("12.properties")), "the damaged entry is left as it was");
        assertFalse(Files.exists(generations.resolve(".relive-123.tmp")), "leftovers of interrupted writes are cleaned up");
    }

    @Test
    void damagedEntriesOfTheOlderFormatAreSkippedToo() throws Exception {
        legacy(1, "meta", counter("one").getBytes(StandardCharsets.UTF_8));
        legacy(2, "meta", counter("two").getBytes(StandardCharsets.UTF_8));
        legacy(10, "meta", counter("ten").getBytes(StandardCharsets.UTF_8));
        legacy(3, "truncated", counter("three").getBytes(StandardCharsets.UTF_8));
        legacy(5, "meta", "class Main { String s = \"caf\u00e9\"; }".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve(".relive/history/4"), "a file where a generation folder was");
        Files.createDirectories(dir.resolve(".relive/history/.tmp-11-99/src"));
        Files.writeString(dir.resolve("Main.java"), counter("ten"));

        try (LiveSketch again = LiveSketch.in(dir).start()) {
            assertEquals(List.of(1, 2, 10), again.engine().history().stream().map(Generation::number).toList(),
                    "ordered by number, not by text (1, 10, 2)");
            List<String> notices = again.events(EngineEvent.Notice.class).stream().map(EngineEvent.Notice::message).toList();
            assertNamed(notices, dir.resolve(".relive/history/3/meta.properties"), "has a time that is not a time");
            assertNamed(notices, dir.resolve(".relive/history/4"), "is a file, not a generation folder");
            assertNamed(notices, dir.resolve(".relive/history/5/src/Main.java"), "is not valid UTF-8");
            again.save("Main.java", counter("eleven"));
            assertEquals(11, again.engine().liveNumber());
        }
        assertFalse(Files.exists(dir.resolve(".relive/history/.tmp-11-99")));
    }

    private void legacy(int number, String meta, byte[] main) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(".relive/history/" + number + "/src"));
        Files.write(folder.resolve("Main.java"), main);
        String time = meta.equals("truncated") ? "2026-01-0" : "2026-01-01T10:00:00Z";
        Files.writeString(folder.getParent().resolve("meta.properties"), "number=" + number + "\ntime=" + time
                + "\nstatus=OK\nchanged=Main.java\n");
    }

    private static void assertNamed(List<String> notices, Path file, String what) {
        assertTrue(notices.stream().anyMatch(n -> n.contains(file.toString()) && n.contains(what)),
                "a notice names " + file + " and says '" + what + "'; notices were: " + notices);
    }

    private static byte[] truncate(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        byte[] half = java.util.Arrays.copyOf(bytes, 30); // mid-comment: no number, no time
        Files.write(file, half);
        return half;
    }

    /** Makes generation 7's Main.java name a stored content (with its right name) that is not UTF-8. */
    private Path pointSourceAtLatin1(Path meta) throws Exception {
        byte[] latin1 = "class Main { String s = \"caf\u00e9\"; }".getBytes(StandardCharsets.ISO_8859_1);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(latin1));
        Path object = dir.resolve(".relive/objects/" + hash.substring(0, 2) + "/" + hash.substring(2));
        Files.createDirectories(object.getParent());
        Files.write(object, latin1);
        String text = Files.readString(meta).replaceAll("(?m)^source\\.Main\\.java=.*$", "source.Main.java=" + hash);
        Files.writeString(meta, text);
        return object;
    }
}
