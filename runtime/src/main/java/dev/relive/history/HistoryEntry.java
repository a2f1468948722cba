package dev.relive.history;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * A generation as listed in the history: no bytes, no sources, just what a person reads.
 *
 * @param generation   its number
 * @param status       {@link GenerationStatus#word()}
 * @param time         when it was saved
 * @param files        every file it has
 * @param changedFiles files that changed from the generation before it
 * @param revertOf     for a revert, the generation it went back to
 * @param liveMillis   save-to-live time, negative if it never went live
 */
public record HistoryEntry(int generation, String status, Instant time, List<String> files, List<String> changedFiles,
                           OptionalInt revertOf, double liveMillis) {
}
