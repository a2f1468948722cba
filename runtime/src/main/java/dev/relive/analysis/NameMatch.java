package dev.relive.analysis;

import java.util.Comparator;
import java.util.List;

/**
 * Whether a typed prefix matches a name, and how well: an exact-case prefix beats a prefix in any case, which beats
 * camel humps ({@code gMX} finds {@code getMouseX}: each typed letter continues the current hump or starts a later
 * one).
 */
public final class NameMatch {

    /** The prefix does not match. */
    public static final int NONE = Integer.MAX_VALUE;

    private NameMatch() {
    }

    /** 0 for a prefix in the same case, 1 in any case, 2 for camel humps, {@link #NONE} for no match. */
    public static int score(String prefix, String name) {
        if (name.startsWith(prefix)) {
            return 0;
        }
        if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return 1;
        }
        if (prefix.isEmpty() || name.isEmpty() || !same(prefix.charAt(0), name.charAt(0))) {
            return NONE;
        }
        return humps(prefix, 1, name, 1) ? 2 : NONE;
    }

    /** Whether {@code prefix} matches {@code name} at all. */
    public static boolean matches(String prefix, String name) {
        return score(prefix, name) != NONE;
    }

    /** The completions whose name matches {@code prefix}, best match first, then by kind, then by name. */
    static List<Completion> rank(List<Completion> items, String prefix) {
        return items.stream()
                .filter(c -> matches(prefix, c.name()))
                .sorted(Comparator.comparingInt((Completion c) -> score(prefix, c.name()))
                        .thenComparing(Completion::kind)
                        .thenComparing(Completion::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Completion::label))
                .toList();
    }

    private static boolean humps(String prefix, int p, String name, int n) {
        if (p == prefix.length()) {
            return true;
        }
        char c = prefix.charAt(p);
        if (n < name.length() && same(c, name.charAt(n)) && humps(prefix, p + 1, name, n + 1)) {
            return true;
        }
        for (int h = n + 1; h < name.length(); h++) {
            if (isHumpStart(name, h) && same(c, name.charAt(h)) && humps(prefix, p + 1, name, h + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHumpStart(String name, int i) {
        char c = name.charAt(i);
        char before = name.charAt(i - 1);
        return (Character.isUpperCase(c) && !Character.isUpperCase(before))
                || (before == '_' && c != '_')
                || (Character.isDigit(c) && !Character.isDigit(before));
    }

    private static boolean same(char a, char b) {
        return Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
