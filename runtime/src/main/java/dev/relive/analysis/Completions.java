package dev.relive.analysis;

import java.util.List;

/**
 * The suggestions at one caret position, for the prefix typed so far.
 *
 * @param start where the typed prefix starts: accepting replaces from here to the caret
 * @param items the suggestions, best first, each matching the prefix
 */
public record Completions(int start, List<Completion> items) {

    /** No suggestions at {@code start}. */
    public static Completions none(int start) {
        return new Completions(start, List.of());
    }

    /** Copies the list. */
    public Completions {
        items = List.copyOf(items);
    }

    /** The suggestions that still match once {@code prefix} is typed, best first. */
    public List<Completion> filter(String prefix) {
        return NameMatch.rank(items, prefix);
    }
}
