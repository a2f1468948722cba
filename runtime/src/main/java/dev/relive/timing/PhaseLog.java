package dev.relive.timing;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the moments of a save on the thread that lives them and prints them as one line per thread and generation:
 * {@code relive-phases <scope> <generation> <name>=<System.nanoTime()> ...}. The nanoTime values are absolute, so a
 * benchmark in another JVM on the same machine (Linux's monotonic clock is machine-wide) can line them up with its
 * own write of the file. Each thread keeps its own marks (a thread-local list), so no mark is ever shared.
 */
public final class PhaseLog {

    /** Whether phases are marked and printed: {@code -Drelive.phases=true}. */
    public static final boolean ENABLED = Boolean.getBoolean("relive.phases");

    private static final ThreadLocal<List<Object>> MARKS = ThreadLocal.withInitial(ArrayList::new);

    private PhaseLog() {
    }

    /** Marks that the current thread reached {@code name} now. */
    public static void mark(String name) {
        if (ENABLED) {
            mark(name, System.nanoTime());
        }
    }

    /** Marks that {@code name} happened at {@code nanos} (System.nanoTime), measured earlier by this thread's work. */
    public static void mark(String name, long nanos) {
        if (ENABLED) {
            List<Object> marks = MARKS.get();
            marks.add(name);
            marks.add(nanos);
        }
    }

    /** Prints this thread's marks as generation {@code generation}'s {@code scope} line and forgets them. */
    public static void flush(String scope, int generation) {
        if (!ENABLED) {
            return;
        }
        List<Object> marks = MARKS.get();
        StringBuilder line = new StringBuilder("relive-phases ").append(scope).append(' ').append(generation);
        for (int i = 0; i < marks.size(); i += 2) {
            line.append(' ').append(marks.get(i)).append('=').append(marks.get(i + 1));
        }
        marks.clear();
        dev.relive.capture.OutputCapture.originalErr().println(line);
    }

    /** Forgets this thread's marks (the work they timed made no generation). */
    public static void clear() {
        if (ENABLED) {
            MARKS.get().clear();
        }
    }
}
