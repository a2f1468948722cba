package dev.relive.app.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff from the longest common subsequence of two texts. The common prefix and suffix are taken off
 * first, so a small edit in a long file costs a small table. When what remains would still need a table larger
 * than {@link #MAX_CELLS}, the middle is shown as removed-then-added instead: a correct diff, only not a minimal one,
 * so a huge paste never stalls the FX thread.
 */
public final class LineDiff {

    /** The largest LCS table computed, in cells (about 16 MB of ints). */
    public static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {
    }

    /** The diff between two texts, split at line breaks. */
    public static List<DiffLine> of(String before, String after) {
        return of(lines(before), lines(after));
    }

    /** The diff between two lists of lines, in order: each line of either text appears exactly once. */
    public static List<DiffLine> of(List<String> before, List<String> after) {
        int prefix = 0;
        int limit = Math.min(before.size(), after.size());
        while (prefix < limit && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
            suffix++;
        }
        List<DiffLine> out = new ArrayList<>(Math.max(before.size(), after.size()) + 8);
        for (int i = 0; i < prefix; i++) {
            out.add(new DiffLine(DiffLine.Kind.SAME, before.get(i), i + 1, i + 1));
        }
        middle(before.subList(prefix, before.size() - suffix), after.subList(prefix, after.size() - suffix), prefix, out);
        for (int k = suffix; k > 0; k--) {
            int o = before.size() - k;
            int n = after.size() - k;
            out.add(new DiffLine(DiffLine.Kind.SAME, before.get(o), o + 1, n + 1));
        }
        return out;
    }

    /**
     * The changes of {@code diff} with {@code context} unchanged lines around each, as in a unified diff: longer runs
     * of unchanged lines become one {@link DiffLine.Kind#GAP} line saying how many were left out.
     */
    public static List<DiffLine> withContext(List<DiffLine> diff, int context) {
        int n = diff.size();
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (diff.get(i).kind() != DiffLine.Kind.SAME) {
                for (int k = Math.max(0, i - context); k <= Math.min(n - 1, i + context); k++) {
                    keep[k] = true;
                }
            }
        }
        List<DiffLine> out = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                if (skipped > 0) {
                    out.add(DiffLine.gap(skipped));
                    skipped = 0;
                }
                out.add(diff.get(i));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            out.add(DiffLine.gap(skipped));
        }
        return out;
    }

    /** Splits text into lines; a final line break does not make an extra empty line, and null is no text. */
    public static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static void middle(List<String> a, List<String> b, int offset, List<DiffLine> out) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                out.add(new DiffLine(DiffLine.Kind.REMOVED, a.get(i), offset + i + 1, 0));
            }
            for (int j = 0; j < m; j++) {
                out.add(new DiffLine(DiffLine.Kind.ADDED, b.get(j), 0, offset + j + 1));
            }
            return;
        }
        // lcs[i][j] = length of the LCS of a[i..] and b[j..], stored row-major in one array.
        int width = m + 1;
        int[] lcs = new int[(n + 1) * width];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i * width + j] = a.get(i).equals(b.get(j))
                        ? lcs[(i + 1) * width + j + 1] + 1
                        : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new DiffLine(DiffLine.Kind.SAME, a.get(i), offset + i + 1, offset + j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
                // Removed lines first, as in a unified diff.
                out.add(new DiffLine(DiffLine.Kind.REMOVED, a.get(i), offset + i + 1, 0));
                i++;
            } else {
                out.add(new DiffLine(DiffLine.Kind.ADDED, b.get(j), 0, offset + j + 1));
                j++;
            }
        }
    }
}
