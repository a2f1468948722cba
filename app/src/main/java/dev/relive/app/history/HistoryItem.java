package dev.relive.app.history;

import dev.relive.history.Generation;
import dev.relive.history.GenerationStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One row of the history: a generation as a person reads it.
 *
 * @param number       the generation number
 * @param time         when it was saved
 * @param status       how it ended up
 * @param changedFiles the files that changed from the generation before it
 * @param revertOf     for a revert, the generation it went back to
 * @param liveMillis   save-to-live time, negative when it never went live
 * @param swapMillis   how long the swap itself took, NaN when unknown (it never went live, or before the app saw it)
 * @param live         whether it is the code running now
 * @param stateKept    whether its state, as it was when it was replaced, is kept, so a revert can bring it back
 */
public record HistoryItem(int number, Instant time, GenerationStatus status, List<String> changedFiles,
                          OptionalInt revertOf, double liveMillis, double swapMillis, boolean live, boolean stateKept) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    /** What the row's icon says. */
    public enum Kind {
        /** The code running now. */
        LIVE,
        /** Compiled and went live at some point. */
        OK,
        /** Compiled, waiting to go live. */
        PENDING,
        /** Did not compile. */
        COMPILE_ERROR,
        /** Compiled but failed before going live. */
        REJECTED,
        /** Went live, faulted, and was reverted automatically. */
        FAULTED,
        /** A revert to an earlier generation. */
        REVERT
    }

    public HistoryItem {
        Objects.requireNonNull(time, "Time must not be null");
        Objects.requireNonNull(status, "Status must not be null");
        changedFiles = List.copyOf(changedFiles);
        Objects.requireNonNull(revertOf, "RevertOf must not be null");
    }

    /**
     * The row for {@code generation}, given which generation is live, how long its swap took (or NaN) and whether
     * its state is kept.
     */
    public static HistoryItem of(Generation generation, int liveNumber, double swapMillis, boolean stateKept) {
        return new HistoryItem(generation.number(), generation.time(), generation.status(), generation.changedFiles(),
                generation.revertOf(), generation.liveMillis(), swapMillis, generation.number() == liveNumber, stateKept);
    }

    /** The kind shown by the icon; being live wins over everything else. */
    public Kind kind() {
        if (live) {
            return Kind.LIVE;
        }
        return switch (status) {
            case OK -> revertOf.isPresent() ? Kind.REVERT : Kind.OK;
            case PENDING -> Kind.PENDING;
            case COMPILE_ERROR -> Kind.COMPILE_ERROR;
            case REJECTED -> Kind.REJECTED;
            case FAULTED -> Kind.FAULTED;
        };
    }

    /** Whether its code can be run again: it compiled and is not already live. */
    public boolean revertible() {
        return !live && status != GenerationStatus.COMPILE_ERROR;
    }

    /** Whether a revert can bring back its code and its state as it was when it was replaced. */
    public boolean revertibleWithState() {
        return revertible() && stateKept;
    }

    /** "Generation 5", or "Generation 5 · revert to 2". */
    public String title() {
        return "Generation " + number + (revertOf.isPresent() ? " · revert to " + revertOf.getAsInt() : "");
    }

    /** The local time it was saved, "14:03:27". */
    public String clock() {
        return CLOCK.format(time.atZone(ZoneId.systemDefault()));
    }

    /** The changed files and how long going live took: "Main.java · live in 23 ms · swap 2.1 ms". */
    public String details() {
        String files = changedFiles.isEmpty() ? "no file changes" : String.join(", ", changedFiles);
        String word = switch (status) {
            case COMPILE_ERROR -> "compile error";
            case REJECTED -> "rejected";
            case FAULTED -> "faulted, reverted";
            case PENDING -> "pending";
            case OK -> liveMillis >= 0 ? String.format(Locale.ROOT, "live in %.0f ms", liveMillis) : "ok";
        };
        String swap = Double.isNaN(swapMillis) ? "" : String.format(Locale.ROOT, " · swap %.1f ms", swapMillis);
        return files + " · " + word + swap;
    }
}
