package dev.relive.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headless runner end to end: the real watcher, real threads, commands on stdin, JSON lines on stdout. */
class CliTest {

    @TempDir
    Path dir;

    /** Stdout captured line by line, awaitable. */
    static final class Lines extends ByteArrayOutputStream {
        synchronized List<String> lines() {
            return toString(StandardCharsets.UTF_8).lines().toList();
        }

        String await(Predicate<String> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (String line : lines()) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
                Thread.sleep(10); // the runner works on its own threads; poll its stdout
            }
            throw new AssertionError("no such line in: " + lines());
        }
    }

    @Test
    void missingFolderExitsWithCode2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"run", dir.resolve("nope").toString()}, System.in, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such sketch folder"));
    }

    @Test
    void badArgumentsExitWithCode2AndUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"run", dir.toString(), "--rate", "fast"}, System.in,
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--rate takes a number"));
    }

    @Test
    void exportWritesAJarOrSaysWhichLineIsBroken() throws Exception {
        Path sketch = Files.createDirectories(dir.resolve("sketch"));
        Files.writeString(sketch.resolve("Main.java"), "public class Main { public static void main(String[] a) { } }");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path jar = dir.resolve("out/sketch.jar");
        int code = Main.run(new String[]{"export", sketch.toString(), jar.toString()}, System.in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        assertTrue(Files.size(jar) > 0);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("java -jar"), out.toString(StandardCharsets.UTF_8));

        Files.writeString(sketch.resolve("Main.java"), "public class Main {\n  void f() { nope(); }\n}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        code = Main.run(new String[]{"export", sketch.toString(), jar.toString()}, System.in,
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Main.java:2:"), err.toString(StandardCharsets.UTF_8));

        code = Main.run(new String[]{"export", sketch.toString()}, System.in,
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(2, code);
    }

    @Test
    void editsGoLiveWithStateKeptAndCommandsWorkWithJsonLinesOnly() throws Exception {
        String v1 = "public class Main implements dev.relive.api.Sketch { int n; public void step() { n++; if (n % 5 == 0) System.out.println(\"one \" + n); } }";
        String v2 = v1.replace("one", "two");
        Files.writeString(dir.resolve("Main.java"), v1);
        Lines out = new Lines();
        PipedOutputStream commands = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(commands);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(
                new String[]{"run", dir.toString(), "--events", "jsonl", "--rate", "200"}, in,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err));

        out.await(l -> l.contains("\"event\":\"output\"") && l.contains("one 10"));
        Files.writeString(dir.resolve("Main.java"), v2);
        String applied = out.await(l -> l.startsWith("{\"event\":\"applied\",\"generation\":2"));
        assertTrue(applied.contains("\"kept\":[\"Main.n\"]"), applied);
        String two = out.await(l -> l.contains("two "));
        int n = Integer.parseInt(two.replaceAll(".*two (\\d+).*", "$1"));
        assertTrue(n > 10, "state was kept: " + two);

        send(commands, "revert 1");
        out.await(l -> l.startsWith("{\"event\":\"reverted\",\"generation\":3,\"to\":1,\"reason\":\"user\""));
        assertEquals(v1, Files.readString(dir.resolve("Main.java")));
        send(commands, "purge");
        out.await(l -> l.startsWith("{\"event\":\"purged\",\"kept\":[3]"));
        send(commands, "history");
        out.await(l -> l.startsWith("{\"event\":\"history\",\"live\":3"));
        send(commands, "pause");
        out.await(l -> l.equals("{\"event\":\"state\",\"status\":\"paused\"}"));
        send(commands, "bogus");
        out.await(l -> l.contains("unknown command 'bogus'"));
        send(commands, "quit");
        assertEquals(0, exit.get());
        for (String line : out.lines()) {
            assertTrue(line.startsWith("{\"event\":\"") && line.endsWith("}"), "stdout carries only JSON events: " + line);
        }
        assertEquals(3, out.lines().stream().filter(l -> l.startsWith("{\"event\":\"compiled\"")).count() + 1,
                "the revert's own write started no compile: " + out.lines());
    }

    @Test
    void framesOfAVisualSketchAreSavedAsPngEveryNthFrame(@TempDir Path frames) throws Exception {
        Files.writeString(dir.resolve("Main.java"), "import dev.relive.api.*; public class Main implements Sketch, Visual {"
                + " public void step() {} public void draw(Canvas c) { c.background(Color.hex(\"#ff3366\")); } }");
        Lines out = new Lines();
        PipedOutputStream commands = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(commands);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(
                new String[]{"run", dir.toString(), "--events", "jsonl", "--rate", "0", "--frames", frames.toString(),
                        "--every", "10", "--size", "64x32"}, in, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        Path tenth = frames.resolve("frame-000010.png");
        for (int i = 0; i < 1000 && !Files.exists(tenth); i++) {
            Thread.sleep(10); // the runner writes frames on its own thread
        }
        send(commands, "quit");
        assertEquals(0, exit.get());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(tenth.toFile());
        assertEquals(64, image.getWidth());
        assertEquals(0xFFFF3366, image.getRGB(10, 10));
        assertTrue(Files.notExists(frames.resolve("frame-000005.png")));
    }

    @Test
    void badFrameOptionsExitWithCode2() {
        for (String[] args : new String[][]{{"run", dir.toString(), "--every", "0"}, {"run", dir.toString(), "--size", "big"},
                {"run", dir.toString(), "--frames"}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(2, Main.run(args, System.in, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
        }
    }

    @Test
    void anyInputGetsAShortErrorAndTheCommandReaderNeverDies() throws Exception {
        Files.writeString(dir.resolve("Main.java"), "public class Main implements dev.relive.api.Sketch { public void step() {} }");
        Lines out = new Lines();
        PipedOutputStream commands = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(commands, 1 << 16);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(
                new String[]{"run", dir.toString(), "--events", "jsonl"}, in, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        out.await(l -> l.startsWith("{\"event\":\"applied\""));
        send(commands, "revert 99999999999");
        out.await(l -> l.contains("usage: revert N"));
        byte[] huge = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        commands.write(huge);
        send(commands, "");
        out.await(l -> l.contains("command too long (10485760 bytes"));
        commands.write(new byte[]{0, (byte) 0xff, (byte) 0xfe, 27, '[', '3', '1', 'm', (byte) 0xc3, '\n'});
        send(commands, "y".repeat(3000));
        out.await(l -> l.contains("unknown command 'yyy"));
        send(commands, "history");
        out.await(l -> l.startsWith("{\"event\":\"history\""));
        send(commands, "quit");
        assertEquals(0, exit.get());
        List<String> errors = out.lines().stream().filter(l -> l.contains("\"level\":\"error\"")).toList();
        assertEquals(4, errors.size(), errors.toString());
        for (String error : errors) {
            assertTrue(error.length() < 500, "a short error: " + error.length() + " characters");
            assertTrue(error.chars().noneMatch(c -> c < 0x20), "no control characters echoed: " + error);
        }
    }

    private static void send(PipedOutputStream commands, String line) throws IOException {
        commands.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        commands.flush();
    }
}
