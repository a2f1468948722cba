package dev.relive.engine;

import dev.relive.event.NoticeLevel;
import dev.relive.compile.CompileResult;
import dev.relive.compile.SketchCompiler;
import dev.relive.compile.SourceReader;
import dev.relive.compile.SourceSet;
import dev.relive.compile.FieldInitializers;
import dev.relive.deps.DependencyResolver;
import dev.relive.deps.Resolution;
import dev.relive.deps.SketchDependencies;
import dev.relive.event.EngineEvent;
import dev.relive.history.Generation;
import dev.relive.history.GenerationStatus;
import dev.relive.history.History;
import dev.relive.timing.PhaseLog;
import dev.relive.watch.Change;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Turns the sketch folder into generations: rereads what changed, compiles (incrementally, from the last good
 * compile), records the generation in the history, and makes the "revert to N" generations that write old
 * sources back. Jars of the sketch's {@code //DEPS} lines join each generation's sources like {@code lib/} jars (see
 * {@link SketchDependencies}); a line that does not resolve fails the generation like a compile error. It owns the source state (what was last seen on disk, the last good compile), which only the
 * compiler worker touches, so none of it needs locking.
 */
final class GenerationMaker implements AutoCloseable {

    private final Path root;
    private final History history;
    private final Consumer<EngineEvent> events;
    private final SketchDependencies dependencies;
    /** Made on first use, on the compiler worker, so a notice it gives reaches the listeners added before start. */
    private volatile SketchCompiler compiler;
    private volatile boolean closed;

    private SourceSet seen = SourceSet.EMPTY;
    private Map<String, byte[]> seenRaw = Map.of();
    private SourceSet lastGoodSources = SourceSet.EMPTY;
    private CompileResult lastGood = CompileResult.NONE;
    private boolean waitingAnnounced;
    private boolean rootGone;
    private boolean scrubbing;
    /** The number every step of the current run of scrubs takes, 0 until its first step. */
    private int scrubNumber;
    private final java.util.Set<Path> heldPaths = new java.util.HashSet<>();
    private boolean heldRescan;
    private long heldSince;
    private int holds;

    GenerationMaker(Path root, History history, Consumer<EngineEvent> events) {
        this.root = root;
        this.history = history;
        this.events = events;
        this.dependencies = new SketchDependencies(root, DependencyResolver.fromSettings(), 0, () -> closed);
    }

    private SketchCompiler compiler() {
        if (compiler == null) {
            compiler = new SketchCompiler(message -> events.accept(new EngineEvent.Notice(NoticeLevel.INFO, message)));
        }
        return compiler;
    }

    /**
     * Warms the compiler on a background thread of its own ({@code relive-compiler-warmup}, daemon, lowest
     * priority), off the compiler worker and every user-facing thread, so the person's first saves are as fast
     * as later ones.
     */
    void warmUpInBackground() {
        Thread warmer = new Thread(() -> {
            try {
                compiler().warmUp(() -> closed);
            } catch (RuntimeException e) {
                // A warm-up is only an optimisation: if it fails (or the engine closes under it) saves are slower, never wrong.
                if (!closed) {
                    events.accept(new EngineEvent.Notice(NoticeLevel.INFO, "compiler warm-up stopped: " + e));
                }
            }
        }, "relive-compiler-warmup");
        warmer.setDaemon(true);
        warmer.setPriority(Thread.MIN_PRIORITY);
        warmer.start();
    }

    /**
     * What became of a change: a generation was made, the change is held back (see {@link SaveBurst}), or the
     * sources did not change.
     */
    enum Outcome { MADE, HELD, NOTHING }

    /** The generation for {@code change}, compiled and recorded, or empty when the sources did not change. */
    Optional<Generation> make(Change change) {
        return make(change, SaveBurst.NEVER_HOLD);
    }

    /** How many times a change has been held; a held change settles only if no other was held after it. */
    int holds() {
        return holds;
    }

    /** Whether some change is being held back. */
    boolean holding() {
        return !heldPaths.isEmpty() || heldRescan;
    }

    /** Holds {@code change} back without compiling it, to be compiled with whatever comes after it. */
    void hold(Change change) {
        heldPaths.addAll(change.paths());
        heldRescan |= change.rescan();
        heldSince = heldSince == 0 ? change.firstSeenNanos() : Math.min(heldSince, change.firstSeenNanos());
        holds++;
    }

    /**
     * Like {@link #make(Change)}, but {@code burst} may hold the compiled state back instead of making it a
     * generation; a held change is compiled again, with whatever came after it, by the next change.
     */
    Optional<Generation> make(Change change, SaveBurst burst) {
        if (holding()) {
            java.util.Set<Path> paths = new java.util.HashSet<>(heldPaths);
            paths.addAll(change.paths());
            change = new Change(Math.min(heldSince, change.firstSeenNanos()), paths, heldRescan || change.rescan());
            heldPaths.clear();
            heldRescan = false;
            heldSince = 0;
        }
        if (!Files.isDirectory(root)) {
            if (!rootGone) {
                events.accept(new EngineEvent.Notice(NoticeLevel.ERROR, "the sketch folder " + root
                        + " is gone (deleted or renamed); the live code keeps running, and saving there again brings it back"));
                rootGone = true;
            }
            return Optional.empty();
        }
        if (rootGone) {
            rootGone = false;
            events.accept(new EngineEvent.Notice(NoticeLevel.INFO, "the sketch folder " + root + " is back"));
        }
        SourceSet disk = change.rescan() || seen == SourceSet.EMPTY ? SourceReader.read(root)
                : SourceReader.update(seen.withLibs(dependencies.ownJars(seen)), root, change.paths());
        PhaseLog.mark("read");
        if (disk.isEmpty()) {
            seen = disk;
            if (!waitingAnnounced) {
                events.accept(new EngineEvent.Notice(NoticeLevel.INFO, "no .java files in " + root + " yet; waiting for sources"));
                waitingAnnounced = true;
            }
            return Optional.empty();
        }
        Resolution resolution = dependencies.resolve(disk, events);
        if (closed) {
            return Optional.empty(); // closed while it resolved: the sketch is gone, so nothing is made or stored
        }
        SourceSet sources = dependencies.attach(disk, resolution);
        if (sources.equals(seen)) {
            return Optional.empty();
        }
        waitingAnnounced = false;
        boolean firstLook = seen == SourceSet.EMPTY;
        history.storeAhead(sources); // the sources reach the disk while they compile
        CompileResult result = compile(sources, resolution);
        PhaseLog.mark("compiled");
        if (!firstLook && burst.holds(result.ok())) {
            hold(change);
            return Optional.empty();
        }
        if (!firstLook && result.ok() && burst.requiresStableSources() && !SourceReader.read(root).equals(disk)) {
            // Written to while it compiled: held, and the whole folder read again with what comes next (SaveBurst).
            hold(new Change(change.firstSeenNanos(), change.paths(), true));
            return Optional.empty();
        }
        return Optional.of(record(sources, rawBytes(sources), result));
    }

    /** {@code sources} compiled from the last good compile, or failed with the errors of the lines that did not resolve. */
    private CompileResult compile(SourceSet sources, Resolution resolution) {
        if (!resolution.ok()) {
            return new CompileResult(false, Map.of(), Map.of(), FieldInitializers.NONE, resolution.errors(),
                    java.util.Set.of(), resolution.millis());
        }
        return compiler().compile(sources, lastGoodSources, lastGood);
    }

    /** The folder as it is now, with the jars of its {@code //DEPS} lines (resolved if they changed). */
    private SourceSet readWithDependencies(SourceSet disk) {
        return dependencies.attach(disk, dependencies.resolve(disk, events));
    }

    /**
     * Makes {@code sources}, compiled into {@code result}, a new generation (or, on the first look after reopening,
     * the stored one they equal), stores it, and only then announces it: a {@code compiled} event names a generation already on disk,
     * or says it is not yet durable.
     */
    private Generation record(SourceSet sources, Map<String, byte[]> raw, CompileResult result) {
        List<String> changed = sources.changedSince(seen);
        boolean firstLook = seen == SourceSet.EMPTY;
        seen = sources;
        seenRaw = raw;
        Optional<Generation> reopened = firstLook ? history.latest()
                .filter(g -> !g.hasClasses() && runsAgainAsItself(g) && g.sources().sources().equals(sources.sources())
                        && sameBytes(g.raw(), raw)) : Optional.empty();
        Generation generation = reopened.map(g -> g.withCompile(result)).orElseGet(() -> new Generation(
                nextNumber(), Instant.now(), sources, result,
                result.ok() ? GenerationStatus.PENDING : GenerationStatus.COMPILE_ERROR, changed, OptionalInt.empty(), -1, raw));
        boolean durable = history.put(generation);
        PhaseLog.mark("stored");
        events.accept(new EngineEvent.Compiled(generation.number(), result.ok(), result.millis(),
                List.copyOf(sources.files()), result.diagnostics(), durable));
        if (result.ok()) {
            lastGood = result;
            lastGoodSources = sources;
        }
        return generation;
    }

    /**
     * Whether a stored generation may stand for running its sources again after a reopen: only if running them is
     * what it already recorded. One that faulted or was rejected keeps that status, and the new run is a new
     * generation, so reopening never rewrites the past.
     */
    private static boolean runsAgainAsItself(Generation stored) {
        return stored.status() == GenerationStatus.OK || stored.status() == GenerationStatus.PENDING
                || stored.status() == GenerationStatus.COMPILE_ERROR;
    }

    /** The bytes of the files {@code sources} could not read as source, so the history keeps them too. */
    private Map<String, byte[]> rawBytes(SourceSet sources) {
        Map<String, byte[]> raw = new java.util.TreeMap<>();
        for (String file : sources.unreadable().keySet()) {
            try {
                raw.put(file, Files.readAllBytes(root.resolve(file)));
            } catch (IOException e) {
                // Unreadable as bytes too (gone, or no permission): there is nothing to keep, and its diagnostic says why.
            }
        }
        return raw;
    }

    private static boolean sameBytes(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> java.util.Arrays.equals(a.get(k), b.get(k)));
    }

    /**
     * The "revert to {@code number}" generation: generation {@code number}'s code (compiled again if it was
     * restored from disk), with its sources written back to the folder. That write is recorded as seen, so it
     * starts no compile. Empty, with a notice saying why, when that generation cannot be reverted to.
     */
    Optional<Generation> revertTo(int number) {
        Optional<Generation> target = history.get(number);
        if (target.isEmpty() || target.get().status() == GenerationStatus.COMPILE_ERROR) {
            events.accept(new EngineEvent.Notice(NoticeLevel.ERROR, target.isEmpty()
                    ? "cannot revert: there is no generation " + number + " in the history"
                    : "cannot revert: generation " + number + " did not compile"));
            return Optional.empty();
        }
        Generation old = target.get();
        if (!old.hasClasses()) {
            // Restored from disk with its sources only: compile them again, and keep the classes for next time.
            Generation compiled = old.withCompile(compiler().compile(old.sources(), SourceSet.EMPTY, CompileResult.NONE));
            if (!compiled.compile().ok()) {
                events.accept(new EngineEvent.Notice(NoticeLevel.ERROR, "cannot revert: generation " + number + " no longer compiles: "
                        + compiled.compile().errors().get(0)));
                return Optional.empty();
            }
            history.update(number, g -> compiled.withStatus(g.status()));
            old = compiled;
        }
        SourceSet onDisk = readWithDependencies(SourceReader.read(root));
        keepUnstored(onDisk);
        try {
            SourceWriter.write(root, old, onDisk);
        } catch (IOException e) {
            events.accept(new EngineEvent.Notice(NoticeLevel.ERROR, "cannot write generation " + number + "'s sources back: " + e.getMessage()));
            return Optional.empty();
        }
        Generation revert = new Generation(history.reserveNumber(), Instant.now(), old.sources(), old.compile(),
                GenerationStatus.PENDING, old.sources().changedSince(seen), OptionalInt.of(number), -1, old.raw());
        // What the folder holds now, known without reading it again: the old sources, and the jars as they were
        // (a generation with files kept as bytes is read again, so they count as the unreadable files they are).
        seen = readWithDependencies(old.raw().isEmpty() ? new SourceSet(old.sources().sources(), Map.of(),
                dependencies.ownJars(onDisk)) : SourceReader.read(root));
        seenRaw = old.raw();
        lastGood = old.compile();
        lastGoodSources = old.sources();
        history.put(revert);
        return Optional.of(revert);
    }

    /**
     * Before a revert overwrites the folder: whatever it holds that no generation has stored yet (a save the watcher
     * has not reported, or the bytes of a file that is not valid source) becomes a generation first, so a revert
     * never deletes anything that is not stored somewhere. It is compiled and stored, not run: the revert follows.
     */
    private void keepUnstored(SourceSet onDisk) {
        Map<String, byte[]> raw = rawBytes(onDisk);
        if (onDisk.isEmpty() || (onDisk.equals(seen) && sameBytes(raw, seenRaw))) {
            return;
        }
        Generation kept = record(onDisk, raw, compile(onDisk, dependencies.resolve(onDisk, events)));
        events.accept(new EngineEvent.Notice(NoticeLevel.INFO, "the folder held changes no generation had stored yet; they are "
                + "generation " + kept.number() + ", kept before the revert overwrites them"));
    }

    /**
     * The number of the next generation. Every step of a run of number scrubs takes the run's one number, so the
     * history keeps the run as one entry (its last step replaces the one before) and the numbers after it do not
     * jump by the number of values the drag passed through.
     */
    private int nextNumber() {
        if (!scrubbing) {
            return history.reserveNumber();
        }
        if (scrubNumber == 0) {
            scrubNumber = history.reserveNumber();
        }
        return scrubNumber;
    }

    /** Starts or ends a run of number scrubs, which the history keeps as one entry under one number. */
    void scrubbing(boolean on) {
        scrubbing = on;
        scrubNumber = 0;
    }

    /**
     * Asks the work in progress to end soon, from any thread: a download stops at its next chunk and nothing more is
     * made. The owner (the compiler worker) then calls {@link #close()}.
     */
    void cancel() {
        closed = true;
    }

    /** Releases the resolver and the compiler; on the compiler worker, their owner, after its last task. */
    @Override
    public void close() {
        closed = true;
        dependencies.close();
        SketchCompiler made = compiler;
        if (made != null) {
            made.close();
        }
    }
}
