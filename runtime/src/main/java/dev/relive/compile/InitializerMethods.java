package dev.relive.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * The initializer methods added to one source file before it is compiled: for every instance field with an
 * initializer, a private method {@code $relive$init$<field>()} returning that initializer's value. Migration
 * calls it to give a new field of a migrated object its declared value even when the class has no no-argument
 * constructor ({@code Ball(double x, double y)}). Each method is inserted on the line of its class's closing
 * brace, so line numbers never move; {@link #toOriginal(long)} maps offsets back for diagnostics.
 */
final class InitializerMethods {

    /** The prefix of every generated method name. */
    static final String PREFIX = "$relive$init$";

    /**
     * One planned method: inserted at {@code at}, for {@code field} of type {@code type} whose initializer spans
     * {@code [initStart, initEnd)} of the original text.
     */
    private record Insert(int at, String field, String type, int initStart, int initEnd, boolean arrayInitializer,
                          String text) {
        static Insert of(int at, String field, String type, int initStart, int initEnd, String initializer,
                         boolean arrayInitializer) {
            String value = arrayInitializer ? "new " + type + " " + initializer : initializer;
            return new Insert(at, field, type, initStart, initEnd, arrayInitializer,
                    " private " + type + " " + PREFIX + field + "() { return " + value + "; }");
        }
    }

    private final List<Insert> inserts = new ArrayList<>();

    /**
     * Plans a method for {@code field} of type {@code type} initialized with {@code initializer} (found at
     * {@code [initStart, initEnd)} of the text), before {@code classEnd}.
     */
    void add(int classEnd, String field, String type, int initStart, int initEnd, String initializer,
             boolean arrayInitializer) {
        inserts.add(Insert.of(classEnd, field, type, initStart, initEnd, initializer, arrayInitializer));
    }

    /**
     * This plan, made for {@code before}, moved to {@code after} without parsing it: {@code after} differs from
     * {@code before} in one stretch (between their common start and end); a method whose class end or initializer lies
     * outside that stretch moves with it, and an initializer that holds the whole stretch takes the new text. Empty
     * when the stretch meets a class end or cuts across an initializer. Only a guess: it can miss a field the edit
     * added or renamed, so whoever uses it checks it against a real parse of the result ({@link #sameAs}).
     */
    java.util.Optional<InitializerMethods> movedTo(String before, String after) {
        int limit = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int editEnd = before.length() - suffix; // the edited stretch of before: [prefix, editEnd)
        int delta = after.length() - before.length();
        InitializerMethods moved = new InitializerMethods();
        for (Insert insert : inserts) {
            if (insert.initStart() < 0 || insert.initEnd() < insert.initStart()) {
                return java.util.Optional.empty(); // the parse gave no position for this initializer
            }
            int at;
            if (insert.at() < prefix) {
                at = insert.at();
            } else if (insert.at() >= editEnd) {
                at = insert.at() + delta;
            } else {
                return java.util.Optional.empty(); // the class's closing brace itself was edited
            }
            int start;
            int end;
            if (insert.initEnd() < prefix) {
                start = insert.initStart();
                end = insert.initEnd();
            } else if (insert.initStart() > editEnd) {
                start = insert.initStart() + delta;
                end = insert.initEnd() + delta;
            } else if (insert.initStart() <= prefix && editEnd <= insert.initEnd()) {
                start = insert.initStart();
                end = insert.initEnd() + delta;
            } else {
                return java.util.Optional.empty();
            }
            String initializer = after.substring(start, end).strip();
            if (initializer.isEmpty()) {
                return java.util.Optional.empty();
            }
            moved.inserts.add(Insert.of(at, insert.field(), insert.type(), start, end, initializer,
                    insert.arrayInitializer()));
        }
        return java.util.Optional.of(moved);
    }

    /**
     * Whether {@code parsed}, planned from a parse of this plan's result ({@link #apply} of the original), plans
     * exactly these methods: the same texts at the same places once mapped back to the original.
     */
    boolean sameAs(InitializerMethods parsed) {
        List<Insert> mine = sorted();
        List<Insert> theirs = parsed.sorted();
        if (mine.size() != theirs.size()) {
            return false;
        }
        java.util.Set<String> expected = new java.util.HashSet<>();
        for (Insert insert : mine) {
            expected.add(insert.at() + " " + insert.text());
        }
        for (Insert insert : theirs) {
            if (!expected.remove(toOriginal(insert.at()) + " " + insert.text())) {
                return false;
            }
        }
        return expected.isEmpty();
    }

    /** Whether nothing is to be inserted. */
    boolean isEmpty() {
        return inserts.isEmpty();
    }

    /** {@code original} with every method inserted. */
    String apply(String original) {
        List<Insert> sorted = sorted();
        StringBuilder out = new StringBuilder(original.length() + sorted.size() * 64);
        int from = 0;
        for (Insert insert : sorted) {
            out.append(original, from, insert.at()).append(insert.text());
            from = insert.at();
        }
        return out.append(original, from, original.length()).toString();
    }

    /** The offset in the original text of {@code offset} in the text with methods inserted. */
    long toOriginal(long offset) {
        if (offset < 0) {
            return offset;
        }
        long shift = 0;
        for (Insert insert : sorted()) {
            long start = insert.at() + shift;
            if (offset < start) {
                break;
            }
            if (offset < start + insert.text().length()) {
                return insert.at();
            }
            shift += insert.text().length();
        }
        return offset - shift;
    }

    /** Whether {@code offset} in the text with methods inserted falls inside generated code. */
    boolean isGenerated(long offset) {
        long shift = 0;
        for (Insert insert : sorted()) {
            long start = insert.at() + shift;
            if (offset >= start && offset < start + insert.text().length()) {
                return true;
            }
            shift += insert.text().length();
        }
        return false;
    }

    private List<Insert> sorted() {
        List<Insert> sorted = new ArrayList<>(inserts);
        sorted.sort(java.util.Comparator.comparingInt(Insert::at));
        return sorted;
    }
}
