package dev.relive.history;

import java.util.function.Consumer;

/**
 * Where the history says what it did on its own or could not do: a damaged entry skipped, a write that failed, a
 * lock taken over. Notices are never thrown at a swap; the engine turns them into its notice events.
 */
public interface HistoryNotices {

    /** Worth saying, nothing lost: a stale lock taken over, writing works again. */
    void info(String text);

    /** Something was skipped or trimmed and the history went on without it. */
    void warning(String text);

    /** Something could not be written or kept. */
    void error(String text);

    /** Notices that all go to {@code sink}, whatever they say (for tools and tests). */
    static HistoryNotices to(Consumer<String> sink) {
        return new HistoryNotices() {
            @Override public void info(String text) { sink.accept(text); }
            @Override public void warning(String text) { sink.accept(text); }
            @Override public void error(String text) { sink.accept(text); }
        };
    }
}
