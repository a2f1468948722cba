package dev.relive.loop;

import dev.relive.event.SketchError;

import java.util.Objects;

/**
 * Collapses an error that repeats every step: the first one is shown, the repeats are counted, and the
 * count is shown with the next occurrence after a quiet window, so the console gets one line every few
 * seconds instead of sixty a second. An error repeats when it is the same exception class thrown at the same
 * place (its innermost frame) in the same phase and generation; the message is left out, since it often carries a
 * value that changes every step ({@code "late 91"}, {@code "late 92"}). The line shown after the window is the
 * latest occurrence, so it carries the latest message.
 */
public final class ErrorCollapser {

    private static final long WINDOW_NANOS = 2_000_000_000L;

    private String lastKey;
    private long lastShown;
    private int suppressed;

    /**
     * Returns -1 if {@code error} should not be shown now, or the number of repeats collapsed into it.
     */
    public int admit(int generation, SketchError error, long now) {
        String key = generation + "|" + error.phase() + "|" + error.exception() + "|"
                + error.trace().stream().findFirst().map(Objects::toString).orElse("");
        if (key.equals(lastKey) && now - lastShown < WINDOW_NANOS) {
            suppressed++;
            return -1;
        }
        int repeats = key.equals(lastKey) ? suppressed : 0;
        lastKey = key;
        lastShown = now;
        suppressed = 0;
        return repeats;
    }

    /** Forgets the last error, so the next one is always shown. */
    public void reset() {
        lastKey = null;
        suppressed = 0;
    }
}
