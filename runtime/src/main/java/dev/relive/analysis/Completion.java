package dev.relive.analysis;

import java.util.Objects;

/**
 * One suggestion of the completion popup.
 *
 * @param label      what the list shows, e.g. {@code ellipse(double x, double y, double w, double h)}
 * @param detail     the type or return type shown beside it, e.g. {@code void}; may be empty
 * @param kind       what it is, for its icon and its rank
 * @param insert     the text that replaces the typed prefix
 * @param caret      where the caret goes in {@code insert} after accepting (inside a call's parentheses)
 * @param importName the qualified name to import on accepting, or empty when the name is visible already
 */
public record Completion(String label, String detail, Kind kind, String insert, int caret, String importName) {

    /** What a suggestion is; declaration order is the order in the list for equally good matches. */
    public enum Kind {
        /** A local variable or parameter. */
        LOCAL,
        /** A field. */
        FIELD,
        /** A method. */
        METHOD,
        /** A class, interface, enum or record. */
        TYPE,
        /** A package. */
        PACKAGE,
        /** A code template. */
        SNIPPET,
        /** A Java keyword. */
        KEYWORD
    }

    /** Fails fast on nulls and a caret outside the inserted text. */
    public Completion {
        Objects.requireNonNull(label, "Label must not be null");
        Objects.requireNonNull(detail, "Detail must not be null");
        Objects.requireNonNull(kind, "Kind must not be null");
        Objects.requireNonNull(insert, "Insert must not be null");
        Objects.requireNonNull(importName, "Import name must not be null (empty for none)");
        if (caret < 0 || caret > insert.length()) {
            throw new IllegalArgumentException("Caret " + caret + " is outside the inserted text \"" + insert + "\"");
        }
    }

    /** The name the typed prefix is matched against: the label up to its parameters or spaces. */
    public String name() {
        int end = label.length();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '(' || c == ' ' || c == '<') {
                end = i;
                break;
            }
        }
        return label.substring(0, end);
    }
}
