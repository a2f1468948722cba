package dev.relive.app.live;

import dev.relive.event.RevertReason;
import dev.relive.event.NoticeLevel;
import dev.relive.event.EventJson;
import dev.relive.compile.Diagnostic;
import dev.relive.event.EngineEvent;
import dev.relive.event.RunStatus;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the toolbar and status bar show about the running sketch (run status, live generation, the last
 * save-to-live time, the last migration, the result of the last save) and the commands they give (run/pause,
 * restart, stop, step rate, auto-revert). Updated from engine events on the FX thread; holds no nodes.
 */
public final class LiveModel {

    /** The step rates offered, in Hz; 0 means as fast as possible. */
    public static final List<Double> RATE_PRESETS = List.of(0.0, 1.0, 5.0, 10.0, 30.0, 60.0, 120.0, 240.0);

    /** How the last thing that happened went, for colouring the status bar. */
    public enum Outcome {
        /** Nothing to report yet. */
        NONE,
        /** New code is live. */
        OK,
        /** Something a person should notice, such as an automatic revert or a pause. */
        WARNING,
        /** A compile error, a rejection or an exception. */
        ERROR
    }

    private final LiveEngine engine;
    private final ReadOnlyObjectWrapper<RunStatus> status;
    private final ReadOnlyIntegerWrapper liveGeneration = new ReadOnlyIntegerWrapper(this, "liveGeneration");
    private final ReadOnlyDoubleWrapper saveToLiveMillis = new ReadOnlyDoubleWrapper(this, "saveToLiveMillis", Double.NaN);
    private final ReadOnlyDoubleWrapper swapMillis = new ReadOnlyDoubleWrapper(this, "swapMillis", Double.NaN);
    private final ReadOnlyStringWrapper migration = new ReadOnlyStringWrapper(this, "migration", "");
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper(this, "lastResult", "Starting the sketch…");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.NONE);
    private final ReadOnlyDoubleWrapper rate;
    private final ReadOnlyBooleanWrapper autoRevert;

    /** A model of {@code engine}, starting from its current status, rate and auto-revert setting. */
    public LiveModel(LiveEngine engine) {
        this.engine = Objects.requireNonNull(engine, "Engine must not be null");
        this.status = new ReadOnlyObjectWrapper<>(this, "status", engine.status());
        this.rate = new ReadOnlyDoubleWrapper(this, "rate", engine.rate());
        this.autoRevert = new ReadOnlyBooleanWrapper(this, "autoRevert", engine.autoRevert());
    }

    /** Running, paused or stopped. */
    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The live generation's number, 0 before any code ran. */
    public ReadOnlyIntegerProperty liveGenerationProperty() {
        return liveGeneration.getReadOnlyProperty();
    }

    /** Save-to-live time of the last swap in milliseconds, NaN before the first. */
    public ReadOnlyDoubleProperty saveToLiveMillisProperty() {
        return saveToLiveMillis.getReadOnlyProperty();
    }

    /** How long the last swap itself took in milliseconds, NaN before the first. */
    public ReadOnlyDoubleProperty swapMillisProperty() {
        return swapMillis.getReadOnlyProperty();
    }

    /** What the last swap's migration did: "kept 2, reset 1, added 0, dropped 0". */
    public ReadOnlyStringProperty migrationProperty() {
        return migration.getReadOnlyProperty();
    }

    /** One sentence on the last thing that happened, such as "Generation 3 is live (21 ms)". */
    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    /** Whether the last thing that happened went well. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The step rate in Hz; 0 means as fast as possible. */
    public ReadOnlyDoubleProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    /** Whether faulting new code reverts automatically. */
    public ReadOnlyBooleanProperty autoRevertProperty() {
        return autoRevert.getReadOnlyProperty();
    }

    /** Pauses a running sketch, or runs a paused or stopped one. */
    public void toggleRun() {
        if (status.get() == RunStatus.RUNNING) {
            engine.pause();
        } else {
            engine.resume();
        }
    }

    /** Starts the live code afresh, with setup run again. */
    public void restart() {
        engine.restart();
    }

    /** Stops the sketch's code. */
    public void stop() {
        engine.stop();
    }

    /** Sets the step rate; 0 means as fast as possible. Negative rates are refused. */
    public void setRate(double hz) {
        if (hz < 0 || Double.isNaN(hz) || Double.isInfinite(hz)) {
            throw new IllegalArgumentException("Rate must be 0 (as fast as possible) or more steps per second, not " + hz);
        }
        engine.setRate(hz);
        rate.set(hz);
    }

    /** Turns the automatic revert of faulting new code on or off. */
    public void setAutoRevert(boolean on) {
        engine.setAutoRevert(on);
        autoRevert.set(on);
    }

    /** Flips the automatic revert. */
    public void toggleAutoRevert() {
        setAutoRevert(!autoRevert.get());
    }

    /** Shows a problem the IDE met (such as a file it could not save) as the last result. */
    public void reportProblem(String message) {
        report(Outcome.ERROR, message);
    }

    /** A step rate as a person reads it: "max" for 0, else "60 Hz". */
    public static String rateLabel(double hz) {
        return hz == 0 ? "max" : (hz == Math.rint(hz) ? String.valueOf((long) hz) : String.valueOf(hz)) + " Hz";
    }

    /** Updates from one engine event; called on the FX thread. */
    public void accept(EngineEvent event) {
        if (event instanceof EngineEvent.Compiled c) {
            compiled(c);
        } else if (event instanceof EngineEvent.Applied a) {
            applied(a);
        } else if (event instanceof EngineEvent.Rejected r) {
            report(Outcome.ERROR, String.format(Locale.ROOT, "Generation %d was rejected in %s: %s; generation %d keeps running",
                    r.generation(), EventJson.wireName(r.phase()), r.reason(), r.live()));
        } else if (event instanceof EngineEvent.Error e) {
            report(Outcome.ERROR, String.format(Locale.ROOT, "Generation %d threw in %s: %s",
                    e.generation(), EventJson.wireName(e.error().phase()), e.error().reason()));
        } else if (event instanceof EngineEvent.Reverted r) {
            boolean fault = r.reason() == RevertReason.FAULT;
            report(fault ? Outcome.WARNING : Outcome.OK, fault
                    ? "Generation " + r.generation() + " faulted right after going live; reverted to " + r.to()
                    : "Reverted to generation " + r.to() + (r.stateRestored() ? " with its state" : "")
                            + " (now generation " + r.generation() + ")");
        } else if (event instanceof EngineEvent.State s) {
            status.set(s.status());
            if (!s.reason().isEmpty()) {
                report(Outcome.WARNING, capitalized(EventJson.wireName(s.status())) + ": " + s.reason());
            }
        } else if (event instanceof EngineEvent.Notice n && n.level() != NoticeLevel.INFO) {
            report(n.level() == NoticeLevel.ERROR ? Outcome.ERROR : Outcome.WARNING, n.message());
        } else if (event instanceof EngineEvent.Resolving r) {
            report(Outcome.NONE, resolving(r));
        } else if (event instanceof EngineEvent.Resolved r && r.ok()) {
            report(Outcome.OK, String.format(Locale.ROOT, "Resolved %s: %d jar%s in %.0f ms", String.join(" ", r.dependencies()),
                    r.jars().size(), r.jars().size() == 1 ? "" : "s", r.ms()));
        } else if (event instanceof EngineEvent.Purged p) {
            report(Outcome.OK, "Purged " + p.dropped() + " generation" + (p.dropped() == 1 ? "" : "s")
                    + "; only the live one is left");
        }
    }

    /** "Resolving commons-text-1.12.0.jar: 120 of 250 KiB", the progress of a {@code //DEPS} resolution. */
    static String resolving(EngineEvent.Resolving r) {
        if (r.bytes() <= 0) {
            return "Resolving " + r.artifact() + "…";
        }
        return "Resolving " + r.artifact() + ": " + kib(r.bytes()) + (r.total() > 0 ? " of " + kib(r.total()) : "") + " KiB";
    }

    private static long kib(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private void applied(EngineEvent.Applied a) {
        liveGeneration.set(a.generation());
        saveToLiveMillis.set(a.ms());
        swapMillis.set(a.swapMs());
        migration.set(a.state().details().isEmpty() ? a.state().summary() : a.state().summary() + " (" + a.state().details() + ")");
        report(Outcome.OK, String.format(Locale.ROOT, "Generation %d is live (%.0f ms)", a.generation(), a.ms()));
    }

    private void compiled(EngineEvent.Compiled c) {
        if (c.ok()) {
            return; // the Applied or Rejected that follows says how it ended
        }
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        String first = errors.isEmpty() ? "" : ": " + errors.get(0).file() + ":" + errors.get(0).line() + " " + errors.get(0).message();
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
        report(Outcome.ERROR, "Generation " + c.generation() + " did not compile" + first + more);
    }

    private void report(Outcome how, String text) {
        outcome.set(how);
        lastResult.set(text);
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
