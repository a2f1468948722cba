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

    private record Insert(int at, String text) {
    }

    private final List<Insert> inserts = new ArrayList<>();

    /** Plans a method for {@code field} of type {@code type} initialized with {@code initializer}, before {@code classEnd}. */
    void add(int classEnd, String field, String type, String initializer, boolean arrayInitializer) {
        String value = arrayInitializer ? "new " + type + " " + initializer : initializer;
        inserts.add(new Insert(classEnd, " private " + type + " " + PREFIX + field + "() { return " + value + "; }"));
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
