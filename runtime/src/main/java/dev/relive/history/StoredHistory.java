package dev.relive.history;

import java.util.List;

/**
 * What a sketch's {@code .relive/} folder holds, as read when the sketch opens.
 *
 * @param generations every readable generation, by number
 * @param live        the live pointer, 0 if none was readable
 * @param highest     the highest generation number on disk, damaged entries included, so numbering continues after
 *                    it and never overwrites anything
 */
public record StoredHistory(List<Generation> generations, int live, int highest) {

    /** Nothing stored. */
    public static final StoredHistory EMPTY = new StoredHistory(List.of(), 0, 0);

    public StoredHistory {
        generations = List.copyOf(generations);
    }
}
