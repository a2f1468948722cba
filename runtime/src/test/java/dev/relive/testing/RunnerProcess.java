package dev.relive.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The headless runner's main in a real {@code java} process on a sketch folder, with {@code --events jsonl}: its
 * event lines are collected as they come, and it can be killed as {@code kill -9} would.
 */
public final class RunnerProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private RunnerProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "test-runner-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the runner on {@code folder}, its JVM given {@code jvmOptions} too (such as {@code -Dname=value}); stderr
     * goes with stdout into {@link #lines()}.
     */
    public static RunnerProcess start(Path folder, String... jvmOptions) {
        try {
            // C1 only: the runner starts faster, which is all these short runs need.
            List<String> command = new ArrayList<>(RunnerCommand.of("run", folder.toString(), "--events", "jsonl"));
            command.add(1, "-XX:TieredStopAtLevel=1");
            command.addAll(2, List.of(jvmOptions));
            return new RunnerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("test: output ended: " + e); // the process was killed mid-line: what was read stays
        }
    }

    /** Every line printed so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits up to {@code seconds} for a line matching {@code wanted}. */
    public String await(Predicate<String> wanted, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive() && !reader.isAlive()) {
                break;
            }
            Thread.sleep(5); // another process prints it; poll
        }
        throw new AssertionError("no matching line within " + seconds + " s; the runner printed: " + lines);
    }

    /** The process id. */
    public long pid() {
        return process.pid();
    }

    /** Kills the process at once, as {@code kill -9}, and waits until it is gone and its output is read. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        reader.join(5000);
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int exitCode() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the runner did not exit; it printed: " + lines);
        }
        reader.join(5000);
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
