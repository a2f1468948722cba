package dev.relive.loop;

import dev.relive.failure.Phase;
import dev.relive.api.Sketch;
import dev.relive.check.CheckResult;
import dev.relive.check.CheckRunner;
import dev.relive.event.EngineEvent;
import dev.relive.failure.SketchFailure;
import dev.relive.history.Generation;
import dev.relive.load.LibraryLoaders;
import dev.relive.load.LoadedGeneration;
import dev.relive.migrate.FieldRenames;
import dev.relive.migrate.MigrationReport;
import dev.relive.migrate.StateMigrator;
import dev.relive.capture.GenerationTag;
import dev.relive.output.OutputSink;
import dev.relive.timing.PhaseLog;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The part of a swap that can fail: load the generation, run its static initializers and {@code @Check}s,
 * construct its entry instance, migrate state into it and, when it replaces no loop-mode instance, run its
 * {@code setup}. It only reads the live program, so when sketch code throws or hangs here the generation is
 * rejected and what runs is exactly as it was (runtime/README.md, Swap). Runtime thread only.
 */
final class SwapTransaction {

    /** How long a swap phase, or a step of new code on probation, may run before it counts as hung. */
    static final long HANG_MILLIS = 1000;

    private final SketchCalls calls;
    private final LibraryLoaders libraries;
    private final SketchErrors errors;
    private final Consumer<EngineEvent> events;
    private final OutputSink output;
    private volatile boolean holdOnFailingChecks = true;

    /**
     * A transaction running sketch code through {@code calls}, loading against {@code libraries}, announcing check
     * results to {@code events} and tagging sketch output for {@code output}.
     */
    SwapTransaction(SketchCalls calls, LibraryLoaders libraries, SketchErrors errors, Consumer<EngineEvent> events,
                    OutputSink output) {
        this.calls = calls;
        this.libraries = libraries;
        this.errors = errors;
        this.events = events;
        this.output = output;
    }

    /**
     * A generation ready to go live: its classes, its entry instance (null in script mode) with state migrated
     * in, and what migration did.
     */
    record Prepared(Generation generation, LoadedGeneration loaded, Sketch instance, GenerationTag tag,
                    MigrationReport report) {

        /** Whether the new instance takes over from a loop-mode instance, so it gets afterReload rather than setup. */
        boolean replaces(LiveProgram old) {
            return instance != null && old != null && old.instance() != null;
        }
    }

    /**
     * Prepares {@code generation} to replace {@code old} (null for a fresh start), taking state from
     * {@code stateSource} (null for none), carrying the fields of {@code renames} to their new names. Never changes {@code old} or {@code stateSource}; threads the new code
     * started while being prepared are stopped when it is rejected.
     *
     * @throws SketchFailure when sketch code of the new generation throws or hangs: it is rejected
     */
    Prepared prepare(Generation generation, LiveProgram old, LiveProgram stateSource, FieldRenames renames)
            throws SketchFailure {
        LoadedGeneration loaded = LoadedGeneration.load(generation.number(), generation.compile().classes(),
                libraries.parentFor(generation.sources().libs().keySet()));
        PhaseLog.mark("loaded");
        GenerationTag tag = new GenerationTag(generation.number(), output, errors::threadFailed);
        try {
            call(tag, loaded.loader(), Phase.STATIC_INIT, () -> {
                try {
                    loaded.initialize();
                } catch (SketchFailure f) {
                    throw new WrappedFailure(f);
                }
            });
            PhaseLog.mark("initialized");
            runChecks(loaded, generation, tag);
            Sketch instance = loaded.mode() == LoadedGeneration.Mode.LOOP ? construct(loaded, tag) : null;
            PhaseLog.mark("constructed");
            MigrationReport report = stateSource == null ? MigrationReport.EMPTY
                    : migrate(stateSource, loaded, generation, instance, tag, renames);
            PhaseLog.mark("migrated");
            Prepared prepared = new Prepared(generation, loaded, instance, tag, report);
            if (instance != null && !prepared.replaces(old)) {
                call(tag, loaded.loader(), Phase.SETUP, instance::setup);
            }
            return prepared;
        } catch (SketchFailure failure) {
            OwnedThreads.stop(loaded.loader()); // the rejected code's threads die with it
            throw failure;
        }
    }

    /** Whether failing {@code @Check}s keep new code from going live (on by default). */
    void setHoldOnFailingChecks(boolean hold) {
        holdOnFailingChecks = hold;
    }

    /** Whether failing checks hold the swap. */
    boolean holdOnFailingChecks() {
        return holdOnFailingChecks;
    }

    /** Runs the generation's {@code @Check}s in throwaway instances; failing ones hold the swap if so set. */
    private void runChecks(LoadedGeneration loaded, Generation generation, GenerationTag tag) throws SketchFailure {
        List<CheckResult> results = CheckRunner.run(loaded,
                code -> calls.run(tag, loaded.loader(), HANG_MILLIS, code), SketchErrors.files(generation));
        List<CheckResult> failed = results.stream().filter(r -> !r.passed()).toList();
        results.forEach(r -> events.accept(new EngineEvent.Check(generation.number(), r.name(), r.passed(), r.message(),
                r.file(), r.line())));
        if (holdOnFailingChecks && !failed.isEmpty()) {
            throw new SketchFailure(Phase.CHECK, failed.size() + " check(s) failed; the swap is held: "
                    + failed.get(0).name() + ": " + failed.get(0).message());
        }
    }

    private Sketch construct(LoadedGeneration loaded, GenerationTag tag) throws SketchFailure {
        Constructor<?> constructor;
        try {
            constructor = loaded.entry().getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new SketchFailure(Phase.CONSTRUCT, loaded.entry().getName() + " needs a constructor without parameters");
        }
        return (Sketch) make(tag, loaded.loader(), Phase.CONSTRUCT, () -> {
            try {
                return constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new WrappedFailure(e.getCause() != null ? e.getCause() : e);
            }
        });
    }

    private MigrationReport migrate(LiveProgram source, LoadedGeneration loaded, Generation generation, Sketch instance,
                                    GenerationTag tag, FieldRenames renames) throws SketchFailure {
        StateMigrator.Side from = new StateMigrator.Side(source.loaded(), source.generation().compile().initializers());
        StateMigrator.Side to = new StateMigrator.Side(loaded, generation.compile().initializers());
        return make(tag, loaded.loader(), Phase.MIGRATE, () -> loaded.mode() == LoadedGeneration.Mode.SCRIPT
                ? StateMigrator.migrateKeptStatics(from, to)
                : StateMigrator.migrate(from, to, source.instance(), instance, renames));
    }

    /** Runs sketch code under {@code tag}, turning any throw into a {@link SketchFailure} of {@code phase}. */
    private void call(GenerationTag tag, ClassLoader loader, Phase phase, Runnable code) throws SketchFailure {
        make(tag, loader, phase, () -> {
            code.run();
            return null;
        });
    }

    /** Runs sketch code that makes a value under {@code tag}; any throw becomes a {@link SketchFailure} of {@code phase}. */
    private <T> T make(GenerationTag tag, ClassLoader loader, Phase phase, Supplier<T> code) throws SketchFailure {
        try {
            return calls.get(tag, loader, HANG_MILLIS, code);
        } catch (WrappedFailure w) {
            throw w.getCause() instanceof SketchFailure f ? f : new SketchFailure(phase, w.getCause());
        } catch (Throwable t) { // sketch code may throw anything, errors included
            throw new SketchFailure(phase, t);
        }
    }

    /** Carries a checked exception out of a {@link Runnable}. */
    private static final class WrappedFailure extends RuntimeException {
        WrappedFailure(Throwable cause) {
            super(cause);
        }
    }
}
