package dev.relive.app.live;

import dev.relive.compile.CompileResult;
import dev.relive.compile.SourceSet;
import dev.relive.history.Generation;
import dev.relive.history.GenerationStatus;
import dev.relive.draw.FrameSource;
import dev.relive.event.RunStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A {@link LiveEngine} for view-model tests: records every command in {@link #calls}, keeps a settable history, and
 * hands out futures the test completes when it wants (unless {@link #completeAtOnce} is set).
 */
public final class FakeLiveEngine implements LiveEngine {

    /** Every command received, such as "reload", "revert 2", "pause", "rate 30.0". */
    public final List<String> calls = new ArrayList<>();
    /** Futures handed out by reload, in order. */
    public final List<CompletableFuture<Optional<Generation>>> reloads = new ArrayList<>();
    /** Futures handed out by revert, in order. */
    public final List<CompletableFuture<Optional<Generation>>> reverts = new ArrayList<>();
    /** Futures handed out by purge, in order. */
    public final List<CompletableFuture<List<Integer>>> purges = new ArrayList<>();
    /** Whether commands complete at once (with empty results) rather than when the test says. */
    public boolean completeAtOnce;
    /** What {@link #history()} returns. */
    public List<Generation> generations = new ArrayList<>();
    /** What {@link #checkpointed()} returns. */
    public java.util.Set<Integer> checkpointed = java.util.Set.of();
    /** What {@link #liveNumber()} returns. */
    public int live;
    /** What {@link #status()} returns. */
    public RunStatus status = RunStatus.RUNNING;
    private double rate = 60;
    private boolean autoRevert = true;
    private boolean holdOnFailingChecks = true;
    private final FrameSource frames = FrameSource.NONE;

    /** A generation with {@code sources} (path, text, path, text, ...) for history tests. */
    public static Generation generation(int number, GenerationStatus status, String... sources) {
        java.util.Map<String, String> map = new java.util.TreeMap<>();
        for (int i = 0; i + 1 < sources.length; i += 2) {
            map.put(sources[i], sources[i + 1]);
        }
        return new Generation(number, Instant.parse("2026-01-01T10:00:00Z").plusSeconds(number), SourceSet.of(map),
                CompileResult.NONE, status, List.copyOf(map.keySet()), OptionalInt.empty(), status == GenerationStatus.OK ? 20 : -1);
    }

    /** A "revert to {@code to}" generation. */
    public static Generation revertGeneration(int number, int to, Map<String, String> sources) {
        return new Generation(number, Instant.parse("2026-01-01T10:00:00Z").plusSeconds(number), SourceSet.of(sources),
                CompileResult.NONE, GenerationStatus.OK, List.copyOf(sources.keySet()), OptionalInt.of(to), 5);
    }

    @Override
    public CompletionStage<Optional<Generation>> reload() {
        calls.add("reload");
        CompletableFuture<Optional<Generation>> f = new CompletableFuture<>();
        reloads.add(f);
        if (completeAtOnce) {
            f.complete(Optional.empty());
        }
        return f;
    }

    @Override
    public CompletionStage<Optional<Generation>> revert(int number, boolean withState) {
        calls.add("revert " + number + (withState ? " state" : ""));
        CompletableFuture<Optional<Generation>> f = new CompletableFuture<>();
        reverts.add(f);
        if (completeAtOnce) {
            f.complete(Optional.empty());
        }
        return f;
    }

    @Override
    public java.util.Set<Integer> checkpointed() {
        return checkpointed;
    }

    @Override
    public void startScrub() {
        calls.add("startScrub");
    }

    @Override
    public void finishScrub() {
        calls.add("finishScrub");
    }

    @Override
    public CompletionStage<List<Integer>> purge() {
        calls.add("purge");
        CompletableFuture<List<Integer>> f = new CompletableFuture<>();
        purges.add(f);
        if (completeAtOnce) {
            f.complete(List.of(live));
        }
        return f;
    }

    @Override
    public void pause() {
        calls.add("pause");
    }

    @Override
    public void resume() {
        calls.add("resume");
    }

    @Override
    public void restart() {
        calls.add("restart");
    }

    @Override
    public void stop() {
        calls.add("stop");
    }

    @Override
    public void setRate(double hz) {
        calls.add("rate " + hz);
        rate = hz;
    }

    @Override
    public void setAutoRevert(boolean on) {
        calls.add("autoRevert " + on);
        autoRevert = on;
    }

    @Override
    public void setHoldOnFailingChecks(boolean hold) {
        calls.add("holdOnFailingChecks " + hold);
        holdOnFailingChecks = hold;
    }

    @Override
    public double rate() {
        return rate;
    }

    @Override
    public boolean autoRevert() {
        return autoRevert;
    }

    @Override
    public boolean holdOnFailingChecks() {
        return holdOnFailingChecks;
    }

    @Override
    public FrameSource frames() {
        return frames;
    }

    @Override
    public RunStatus status() {
        return status;
    }

    @Override
    public List<Generation> history() {
        return List.copyOf(generations);
    }

    @Override
    public int liveNumber() {
        return live;
    }
}
