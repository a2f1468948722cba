package dev.relive.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner's {@code inspect}, {@code set} and {@code step} commands end to end, as JSON lines. */
class StateCommandsTest {

    @TempDir
    Path dir;

    @Test
    void inspectSetAndStepWorkThroughStdinAndJsonEvents() throws Exception {
        Files.writeString(dir.resolve("Main.java"), """
                import dev.relive.api.*; import java.util.*;
                public class Main implements Sketch {
                    static int frame; double speed = 2.5; String title = "t";
                    Ball[] balls = { new Ball() };
                    public void step() { frame++; balls[0].y += speed; }
                }
                class Ball { double y; }
                """);
        CliTest.Lines out = new CliTest.Lines();
        PipedOutputStream commands = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(commands);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(
                new String[]{"run", dir.toString(), "--events", "jsonl", "--rate", "100"}, in,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        out.await(l -> l.startsWith("{\"event\":\"applied\""));

        send(commands, "inspect balls 2");
        String tree = out.await(l -> l.startsWith("{\"event\":\"inspected\",\"path\":\"balls\""));
        assertTrue(tree.contains("\"tree\":{\"name\":\"balls\",\"path\":\"balls\",\"type\":\"Ball[]\",\"value\":\"size 1\",\"kind\":\"array\",\"size\":1,"), tree);
        assertTrue(tree.contains("{\"name\":\"y\",\"path\":\"balls[0].y\",\"type\":\"double\""), tree);

        send(commands, "set speed 5");
        out.await(l -> l.equals("{\"event\":\"notice\",\"level\":\"info\",\"message\":\"Main.speed: 2.5 → 5.0\"}"));
        send(commands, "set title hello world");
        out.await(l -> l.contains("Main.title: \\\"t\\\" → \\\"hello world\\\""));
        send(commands, "set speed fast");
        out.await(l -> l.contains("\"level\":\"error\",\"message\":\"cannot set Main.speed: 'fast' is not a double\""));
        send(commands, "inspect nope");
        out.await(l -> l.contains("\"level\":\"error\"") && l.contains("no field or sketch class named 'nope'"));

        send(commands, "pause");
        out.await(l -> l.equals("{\"event\":\"state\",\"status\":\"paused\"}"));
        long before = frame(out, commands, 1);
        send(commands, "step");
        long after = frame(out, commands, 2);
        assertEquals(before + 1, after, "step ran exactly one frame");

        send(commands, "set");
        out.await(l -> l.contains("usage: set PATH VALUE"));
        send(commands, "quit");
        assertEquals(0, exit.get());
    }

    /** Asks for {@code Main.frame} and reads its value from the {@code n}th answer. */
    private static long frame(CliTest.Lines out, PipedOutputStream commands, int n) throws Exception {
        send(commands, "inspect Main.frame 0");
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            var answers = out.lines().stream().filter(l -> l.startsWith("{\"event\":\"inspected\",\"path\":\"Main.frame\"")).toList();
            if (answers.size() >= n) {
                return Long.parseLong(answers.get(n - 1).replaceAll(".*\"value\":\"(\\d+)\".*", "$1"));
            }
            Thread.sleep(10); // the runner answers on its own threads
        }
        throw new AssertionError("no answer " + n + " in " + out.lines());
    }

    private static void send(PipedOutputStream commands, String line) throws IOException {
        commands.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        commands.flush();
    }
}
