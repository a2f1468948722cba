package dev.relive.testing;

import dev.relive.engine.Engine;
import dev.relive.engine.EngineOptions;
import dev.relive.event.EngineEvent;
import dev.relive.history.Generation;
import dev.relive.migrate.MigrationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A real sketch in a temp folder, run by a real engine in manual mode: the test is the runtime thread, so it
 * saves, reloads and steps deterministically, and a fake clock drives probation.
 */
public final class LiveSketch implements AutoCloseable {

    private final Path folder;
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final List<dev.relive.engine.EngineListener> listeners = new java.util.ArrayList<>();
    private Engine engine;
    private boolean threaded;
    /** Index in {@link #events} where the last save's events begin. */
    private volatile int saveMark;

    private LiveSketch(Path folder) {
        this.folder = folder;
    }

    /** A sketch in {@code folder} with no files yet. */
    public static LiveSketch in(Path folder) {
        return new LiveSketch(folder);
    }

    /** Writes a source file (relative path). */
    public LiveSketch write(String file, String text) {
        try {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a source file. */
    public LiveSketch delete(String file) {
        try {
            Files.deleteIfExists(folder.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file of the sketch. */
    public String read(String file) {
        try {
            return Files.readString(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds {@code listener} to the engine when it starts, so it hears every event, on the thread that sends it. */
    public LiveSketch onEvent(dev.relive.engine.EngineListener listener) {
        listeners.add(listener);
        return this;
    }

    /** Opens the engine on the folder and runs the first compile and swap (no steps yet). */
    public LiveSketch start() {
        return start(EngineOptions.manual(clock::get));
    }

    /** Opens the engine with {@code options} (which should be manual) and starts it. */
    public LiveSketch start(EngineOptions options) {
        threaded = options.threaded();
        try {
            engine = Engine.open(folder, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        engine.addListener(events::add);
        listeners.forEach(engine::addListener);
        engine.start();
        if (!threaded) {
            engine.runSteps(0);
        }
        return this;
    }

    /** Opens the engine with its own threads and watcher, as the CLI and the IDE run it. */
    public LiveSketch startThreaded() {
        return start(EngineOptions.DEFAULTS);
    }

    /** Waits up to 10 s for an event of {@code type} matching {@code wanted}, and returns it. */
    public <T extends EngineEvent> T await(Class<T> type, java.util.function.Predicate<T> wanted) {
        return await(type, wanted, 10);
    }

    /** Waits up to {@code seconds} for an event of {@code type} matching {@code wanted}, and returns it. */
    public <T extends EngineEvent> T await(Class<T> type, java.util.function.Predicate<T> wanted, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (T e : events(type)) {
                if (wanted.test(e)) {
                    return e;
                }
            }
            try {
                Thread.sleep(2); // engine threads deliver events asynchronously; poll the list briefly
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + type.getSimpleName());
            }
        }
        throw new AssertionError("no matching " + type.getSimpleName() + " within " + seconds + " s; events were: " + events);
    }

    /** Waits for a line of sketch output containing {@code text}. */
    public EngineEvent.Output awaitOutput(String text) {
        return await(EngineEvent.Output.class, o -> o.text().contains(text));
    }

    /** Rereads the folder, compiles if it changed, and applies the swap. Returns the new generation, if any. */
    public Optional<Generation> reload() {
        saveMark = events.size();
        Optional<Generation> generation = engine.reload().join();
        if (!threaded) {
            engine.runSteps(0);
        }
        return generation;
    }

    /**
     * Rereads the folder and compiles it like {@link #reload()}, but leaves the swap to the next {@link #step(int)}
     * (manual mode), so a benchmark can time the swap alone.
     */
    public Optional<Generation> compile() {
        saveMark = events.size();
        return engine.reload().join();
    }

    /** Writes a file, then reloads. */
    public Optional<Generation> save(String file, String text) {
        write(file, text);
        return reload();
    }

    /** Runs {@code n} steps. */
    public LiveSketch step(int n) {
        engine.runSteps(n);
        return this;
    }

    /** Moves the fake clock forward. */
    public LiveSketch advance(long millis) {
        clock.addAndGet(millis * 1_000_000L);
        return this;
    }

    /** The engine. */
    public Engine engine() {
        return engine;
    }

    /** The sketch folder. */
    public Path folder() {
        return folder;
    }

    /** Every event so far. */
    public List<EngineEvent> events() {
        return List.copyOf(events);
    }

    /** Every event of one type so far. */
    public <T extends EngineEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    /** The last event of one type. */
    public <T extends EngineEvent> T last(Class<T> type) {
        List<T> all = events(type);
        if (all.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " event; events were: " + events);
        }
        return all.get(all.size() - 1);
    }

    /** Sketch output lines so far, in order. */
    public List<String> output() {
        return events(EngineEvent.Output.class).stream().map(EngineEvent.Output::text).toList();
    }

    /**
     * The last line of sketch output, whoever printed it and whenever. After a save prefer
     * {@link #lastOutputSinceSave()}: this one may be a stale line printed by the old code.
     */
    public String lastOutput() {
        List<String> out = output();
        if (out.isEmpty()) {
            throw new AssertionError("no output; events were: " + events);
        }
        return out.get(out.size() - 1);
    }

    /** Forgets the events seen so far. */
    public LiveSketch clearEvents() {
        events.clear();
        saveMark = 0;
        return this;
    }

    /** Every event since the last save (or reload), in order. */
    public List<EngineEvent> eventsSinceSave() {
        List<EngineEvent> all = List.copyOf(events);
        return all.subList(Math.min(saveMark, all.size()), all.size());
    }

    /**
     * The lines printed since the last save by the generation that is live now: after a clean swap, only what
     * the new code printed (its {@code afterReload} and steps), never a line the old code printed before.
     */
    public List<String> outputSinceSave() {
        int live = engine.liveNumber();
        return eventsSinceSave().stream().filter(EngineEvent.Output.class::isInstance).map(EngineEvent.Output.class::cast)
                .filter(o -> o.generation() == live).map(EngineEvent.Output::text).toList();
    }

    /** The last line of {@link #outputSinceSave()}; fails when the live code printed nothing since the save. */
    public String lastOutputSinceSave() {
        List<String> out = outputSinceSave();
        if (out.isEmpty()) {
            throw new AssertionError("the live generation " + engine.liveNumber() + " printed nothing since the save; "
                    + "events since the save were: " + eventsSinceSave());
        }
        return out.get(out.size() - 1);
    }

    /**
     * Asserts that the last save went live cleanly and has stayed so: one generation was applied and is live now,
     * and since the save nothing was rejected, reverted, paused or thrown, nothing was printed to {@code err}, and
     * the migration reset exactly the fields in {@code expectedResets} ({@code "Main.speed"}) and no other. Call it
     * after the steps a test runs, so faults of the new code count. Returns the migration report.
     */
    public MigrationReport assertSwappedCleanly(String... expectedResets) {
        List<EngineEvent> since = eventsSinceSave();
        List<EngineEvent.Applied> applied = since.stream().filter(EngineEvent.Applied.class::isInstance)
                .map(EngineEvent.Applied.class::cast).toList();
        if (applied.size() != 1) {
            throw new AssertionError("expected one generation applied by the save, got " + applied.size() + "; events: " + since);
        }
        EngineEvent.Applied swap = applied.get(0);
        if (engine.liveNumber() != swap.generation()) {
            throw new AssertionError("generation " + swap.generation() + " went live but " + engine.liveNumber()
                    + " is live now; events: " + since);
        }
        for (EngineEvent e : since) {
            boolean bad = e instanceof EngineEvent.Rejected || e instanceof EngineEvent.Reverted || e instanceof EngineEvent.Error
                    || (e instanceof EngineEvent.State s && !"running".equals(s.status()))
                    || (e instanceof EngineEvent.Output o && "err".equals(o.stream()))
                    || (e instanceof EngineEvent.Compiled c && !c.ok());
            if (bad) {
                throw new AssertionError("the swap was not clean: " + e + "; events since the save: " + since);
            }
        }
        MigrationReport report = swap.state();
        Set<String> expected = new TreeSet<>(List.of(expectedResets));
        Set<String> reset = new TreeSet<>(report.reset());
        if (!reset.equals(expected)) {
            throw new AssertionError("expected resets " + expected + " but the migration reset " + reset + "; report: " + report);
        }
        return report;
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
    }

    /** A loop-mode sketch class named {@code Main} with {@code body} inside the class. */
    public static String sketch(String body) {
        return "import dev.relive.api.*;\nimport java.util.*;\n\npublic class Main implements Sketch {\n" + body + "\n}\n";
    }

    /** A loop-mode sketch that counts steps and prints {@code word n} every step. */
    public static String counter(String word) {
        return sketch("int n; public void step() { n++; System.out.println(\"" + word + " \" + n); }");
    }

    /** Lines joined with newlines. */
    public static String lines(String... lines) {
        return String.join("\n", new ArrayList<>(List.of(lines))) + "\n";
    }
}
