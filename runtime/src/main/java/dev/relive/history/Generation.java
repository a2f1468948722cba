package dev.relive.history;

import dev.relive.compile.CompileResult;
import dev.relive.compile.SourceSet;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * An immutable snapshot of one save: its number and time, the full sources, the compile (bytes and
 * diagnostics), its status, and how long it took to go live.
 *
 * @param number       1-based, never reused
 * @param time         when the save was seen
 * @param sources      the full source set
 * @param compile      the compile of those sources
 * @param status       how it ended up
 * @param changedFiles files that differ from the previous generation
 * @param revertOf     for a "revert to N" generation, N
 * @param liveMillis   save-to-live time, or a negative number when it never went live
 * @param raw          the bytes of files that could not be read as source (not UTF-8, say), by path, so that a
 *                     revert that removes them can bring them back
 */
public record Generation(int number, Instant time, SourceSet sources, CompileResult compile, GenerationStatus status,
                         List<String> changedFiles, OptionalInt revertOf, double liveMillis, Map<String, byte[]> raw) {

    public Generation {
        Objects.requireNonNull(time, "Time must not be null");
        Objects.requireNonNull(sources, "Sources must not be null");
        Objects.requireNonNull(compile, "Compile must not be null");
        Objects.requireNonNull(status, "Status must not be null");
        changedFiles = List.copyOf(changedFiles);
        raw = Collections.unmodifiableMap(new TreeMap<>(raw));
    }

    /** A generation whose files were all readable as source. */
    public Generation(int number, Instant time, SourceSet sources, CompileResult compile, GenerationStatus status,
                      List<String> changedFiles, OptionalInt revertOf, double liveMillis) {
        this(number, time, sources, compile, status, changedFiles, revertOf, liveMillis, Map.of());
    }

    /** The same generation with another status. */
    public Generation withStatus(GenerationStatus newStatus) {
        return new Generation(number, time, sources, compile, newStatus, changedFiles, revertOf, liveMillis, raw);
    }

    /** The same generation with its sources compiled again, as for one restored from disk. */
    public Generation withCompile(CompileResult again) {
        return new Generation(number, time, sources, again, again.ok() ? GenerationStatus.PENDING : GenerationStatus.COMPILE_ERROR,
                changedFiles, revertOf, liveMillis, raw);
    }

    /** Whether its compiled classes are at hand; generations restored from disk have only their sources. */
    public boolean hasClasses() {
        return !compile.classes().isEmpty();
    }

    /** The same generation, recorded as live after {@code millis}. */
    public Generation wentLive(double millis) {
        return new Generation(number, time, sources, compile, GenerationStatus.OK, changedFiles, revertOf, millis, raw);
    }

    /** A short label: "3", or "5 (revert to 2)". */
    public String label() {
        return revertOf.isPresent() ? number + " (revert to " + revertOf.getAsInt() + ")" : String.valueOf(number);
    }

    /** The entry this generation shows in a history listing. */
    public HistoryEntry entry() {
        return new HistoryEntry(number, status.word(), time, List.copyOf(sources.files()), changedFiles,
                revertOf, liveMillis);
    }
}
