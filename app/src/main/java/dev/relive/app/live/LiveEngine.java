package dev.relive.app.live;

import dev.relive.history.Generation;
import dev.relive.draw.FrameSource;
import dev.relive.event.RunStatus;
import dev.relive.inspect.Assignment;
import dev.relive.inspect.StateNode;
import dev.relive.migrate.FieldRenames;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What the IDE asks of a running sketch. Commands return at once; the work happens on engine threads, and every
 * returned stage completes on the FX thread, so callers may touch the UI in {@code thenAccept} without blocking.
 * View-models depend on this contract rather than on the engine, so they can be tested with a fake.
 */
public interface LiveEngine {

    /** Rereads the sketch folder now, making a generation if the sources changed; empty when they did not. */
    CompletionStage<Optional<Generation>> reload();

    /**
     * Says the IDE is about to write a save and will hand the written files over with {@link #reload(java.util.Collection)},
     * so the engine's watcher does not make a generation of a save of several files half written.
     */
    default void saving() {
    }

    /**
     * Tells the engine that the next save renames these fields, so their running values move to the new names;
     * engines that cannot migrate state ignore it.
     */
    default void renameFields(FieldRenames renames) {
    }

    /**
     * Like {@link #reload()} after the IDE wrote {@code files} (relative to the sketch, with {@code /}): only those
     * are reread, which keeps a save fast beside thousands of unrelated files. Anything else changed on disk still
     * reaches the engine through its watcher.
     */
    default CompletionStage<Optional<Generation>> reload(java.util.Collection<String> files) {
        return reload();
    }

    /** Runs generation {@code number}'s code with the state kept and writes its sources back to the folder. */
    default CompletionStage<Optional<Generation>> revert(int number) {
        return revert(number, false);
    }

    /**
     * Runs generation {@code number}'s code and writes its sources back to the folder; with {@code withState}, the
     * state goes back to what it was when that generation was replaced, if its checkpoint is kept (see
     * {@link #checkpointed()}); otherwise the current state is kept and a notice says why.
     */
    CompletionStage<Optional<Generation>> revert(int number, boolean withState);

    /** The generations whose state a revert can bring back: the last few replaced ones, until a purge. */
    java.util.Set<Integer> checkpointed();

    /**
     * Starts a run of tweaks (a number being scrubbed, a colour being picked): until {@link #finishScrub()}, each new
     * generation replaces the previous one of the run in the history, so the run leaves one entry.
     */
    void startScrub();

    /** Ends a run of tweaks; the last generation of the run stays in the history. */
    void finishScrub();

    /** Drops every generation except the live one; completes with the numbers kept. */
    CompletionStage<List<Integer>> purge();

    /** Stops stepping, keeping the state. */
    void pause();

    /** Continues stepping; after a stop, starts the live generation afresh. */
    void resume();

    /** Starts the live generation afresh, with setup run again. */
    void restart();

    /** Stops sketch code. */
    void stop();

    /** Sets the step rate in Hz; 0 means as fast as possible. */
    void setRate(double hz);

    /** Turns the automatic revert of faulting new code on or off. */
    void setAutoRevert(boolean on);

    /** Turns holding new code back while one of its {@code @Check}s fails on or off. */
    void setHoldOnFailingChecks(boolean hold);

    /** The step rate in Hz. */
    double rate();

    /** Whether faulting new code reverts automatically. */
    boolean autoRevert();

    /** Whether a failing {@code @Check} keeps new code from going live. */
    boolean holdOnFailingChecks();

    /**
     * The frames a visual sketch draws, read by the stage pane on the FX thread, and where the pane's size and the
     * mouse and keys go. Reading and setting never block.
     */
    FrameSource frames();

    /** The run status now. */
    RunStatus status();

    /** Every kept generation, oldest first. */
    List<Generation> history();

    /** The live generation's number, 0 before any code ran. */
    int liveNumber();

    /** The live generation, empty before any code ran. */
    default Optional<Generation> liveGeneration() {
        int live = liveNumber();
        return history().stream().filter(g -> g.number() == live).findFirst();
    }

    /**
     * The live state beneath {@code path}, {@code depth} levels deep, the first level from element {@code from},
     * read at the next step boundary. Fails with the reason when the path names nothing.
     */
    default CompletionStage<StateNode> inspect(String path, int depth, int from) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("this engine cannot inspect state"));
    }

    /** Sets the value at {@code path} from {@code text} at the next step boundary; fails with the reason. */
    default CompletionStage<Assignment> set(String path, String text) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("this engine cannot set state"));
    }

    /** While paused, runs exactly one frame; completes with whether it ran. */
    default CompletionStage<Boolean> stepOne() {
        return CompletableFuture.completedFuture(false);
    }
}
