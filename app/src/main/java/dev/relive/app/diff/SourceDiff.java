package dev.relive.app.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The diff between two whole source sets (relative path to text): for every file that differs, a header then its
 * changes with {@value #CONTEXT} lines of context. Files that are the same on both sides are left out, so the view
 * shows only what would change.
 */
public final class SourceDiff {

    /** Unchanged lines shown around each change. */
    public static final int CONTEXT = 3;

    /** The header shown when both source sets are identical. */
    public static final String NO_DIFFERENCES = "No differences";

    private SourceDiff() {
    }

    /** What changes when going from {@code before} to {@code after}, file by file in path order. */
    public static List<DiffLine> between(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> files = new TreeSet<>(before.keySet());
        files.addAll(after.keySet());
        List<DiffLine> out = new ArrayList<>();
        for (String file : files) {
            String old = before.get(file);
            String now = after.get(file);
            if (Objects.equals(old, now)) {
                continue;
            }
            out.add(DiffLine.header(old == null ? file + " (added)" : now == null ? file + " (removed)" : file));
            out.addAll(LineDiff.withContext(LineDiff.of(old, now), CONTEXT));
        }
        if (out.isEmpty()) {
            out.add(DiffLine.header(NO_DIFFERENCES));
        }
        return out;
    }
}
