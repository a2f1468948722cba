package dev.relive.app.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of a find/replace session over a text: the query, whether case matters, the matches and
 * which one is current, summarised as "n of m". Holds no nodes; the {@link FindBar} drives it.
 */
final class FindModel {

    /**
     * One occurrence of the query.
     *
     * @param start first character
     * @param end   first character after it
     */
    record Match(int start, int end) {
    }

    /**
     * One replacement that turns every match into the replacement text.
     *
     * @param start first character replaced
     * @param end   first character after the replaced range
     * @param text  what goes there
     * @param count how many matches it replaces
     */
    record Replacement(int start, int end, String text, int count) {
    }

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty matchCase = new SimpleBooleanProperty(this, "matchCase", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private List<Match> matches = List.of();
    private int current = -1;

    /** What to look for. */
    StringProperty queryProperty() {
        return query;
    }

    /** Whether upper and lower case must match exactly. */
    BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    /** "n of m", "m matches" before one is chosen, "No results", or empty without a query. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Finds every match of the query in {@code text}; the current match is forgotten. */
    void search(String text) {
        matches = findAll(text, query.get(), matchCase.get());
        current = -1;
        updateStatus();
    }

    /** The matches of the last search. */
    List<Match> matches() {
        return matches;
    }

    /** The first match starting at or after {@code offset}, wrapping to the first; null if none. */
    Match next(int offset) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= offset) {
                return select(i);
            }
        }
        return matches.isEmpty() ? null : select(0);
    }

    /** The last match ending at or before {@code offset}, wrapping to the last; null if none. */
    Match previous(int offset) {
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i).end() <= offset) {
                return select(i);
            }
        }
        return matches.isEmpty() ? null : select(matches.size() - 1);
    }

    /** The match covering exactly {@code [start, end)}, made current; null if that is not a match. */
    Match matchAt(int start, int end) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() == start && matches.get(i).end() == end) {
                return select(i);
            }
        }
        return null;
    }

    /** The single edit that replaces every match with {@code replacement}; null when nothing matches. */
    Replacement replaceAll(String text, String replacement) {
        if (matches.isEmpty()) {
            return null;
        }
        int start = matches.get(0).start();
        int end = matches.get(matches.size() - 1).end();
        StringBuilder rebuilt = new StringBuilder(end - start);
        int copied = start;
        for (Match m : matches) {
            rebuilt.append(text, copied, m.start()).append(replacement);
            copied = m.end();
        }
        return new Replacement(start, end, rebuilt.toString(), matches.size());
    }

    /** Says how many matches a replace-all just replaced; the matches themselves are gone. */
    void reportReplaced(int count) {
        matches = List.of();
        current = -1;
        status.set("Replaced " + count);
    }

    /** Every non-overlapping occurrence of {@code query} in {@code text}, left to right. */
    static List<Match> findAll(String text, String query, boolean matchCase) {
        if (query.isEmpty()) {
            return List.of();
        }
        // Lower-casing per character keeps offsets aligned with the original text.
        String haystack = matchCase ? text : lowerEachChar(text);
        String needle = matchCase ? query : lowerEachChar(query);
        List<Match> found = new ArrayList<>();
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            found.add(new Match(i, i + needle.length()));
        }
        return found;
    }

    private Match select(int index) {
        current = index;
        updateStatus();
        return matches.get(index);
    }

    private void updateStatus() {
        if (query.get().isEmpty()) {
            status.set("");
        } else if (matches.isEmpty()) {
            status.set("No results");
        } else if (current < 0) {
            status.set(matches.size() == 1 ? "1 match" : matches.size() + " matches");
        } else {
            status.set((current + 1) + " of " + matches.size());
        }
    }

    private static String lowerEachChar(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
