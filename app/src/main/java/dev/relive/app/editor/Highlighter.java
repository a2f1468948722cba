package dev.relive.app.editor;

import javafx.application.Platform;
import org.fxmisc.richtext.model.PlainTextChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps the syntax colours in step with the text. Every text change becomes a numbered edit for an
 * {@link IncrementalLexer}, which re-lexes only the lines the edit disturbs. Small documents are
 * re-lexed at once on the FX thread; large ones on the editor's own worker thread, whose result is
 * painted only if no newer edit has arrived meanwhile (a stale result is dropped and its lines are
 * painted with the next one).
 *
 * <p>Threads: {@link #textChanged}, {@link #whenSettled} and {@link #dispose} run on the FX thread. The
 * lexer is touched only while holding its monitor, by the FX thread when no task is in flight, or by the
 * worker.
 */
final class Highlighter {

    /** Documents up to this many lines are highlighted synchronously: re-lexing them is cheaper than a hand-off. */
    static final int SYNC_LINE_LIMIT = 2_000;
    /** A change bigger than this many characters (a whole file loaded) always goes to the worker. */
    static final int SYNC_CHANGE_LIMIT = 20_000;

    private static final System.Logger LOG = System.getLogger(Highlighter.class.getName());
    private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();

    private final SpanPainter painter;
    private final Runnable afterPaint;
    private final IncrementalLexer lexer = new IncrementalLexer();
    private final Queue<Edit> edits = new ConcurrentLinkedQueue<>();
    private final ThreadPoolExecutor worker;

    // FX thread only.
    private long version;
    private int inFlight;
    private boolean disposed;
    private final List<CompletableFuture<Void>> settledWaiters = new ArrayList<>();

    // Written by the FX thread after painting, read by the worker to know its last result landed.
    private volatile long paintedVersion;
    // Guarded by the lexer's monitor.
    private long publishedVersion = -1;

    /**
     * @param painter    paints the re-lexed lines
     * @param afterPaint run on the FX thread after each paint, for views that read the painted styles
     */
    Highlighter(SpanPainter painter, Runnable afterPaint) {
        this.painter = painter;
        this.afterPaint = afterPaint;
        // One thread at most, started on demand and let go when idle, so closed tabs cost nothing.
        this.worker = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "relive-editor-highlighter-" + WORKER_NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        worker.allowCoreThreadTimeOut(true);
    }

    /**
     * Takes a change of the area's text, which now has {@code lineCount} lines, and re-highlights what it
     * touched, now or soon.
     */
    void textChanged(PlainTextChange change, int lineCount) {
        version++;
        edits.add(new Edit(version, change.getPosition(), change.getRemoved().length(), change.getInserted()));
        boolean small = lineCount <= SYNC_LINE_LIMIT
                && change.getInserted().length() + change.getRemoved().length() <= SYNC_CHANGE_LIMIT;
        if (disposed || (inFlight == 0 && small)) {
            Result result = lexPendingEdits();
            if (result != null) {
                paint(result);
            }
            completeSettled();
        } else {
            inFlight++;
            worker.execute(this::lexInBackground);
        }
    }

    /** A future completed on the FX thread once every change so far is painted. Call on the FX thread. */
    CompletableFuture<Void> whenSettled() {
        CompletableFuture<Void> settled = new CompletableFuture<>();
        settledWaiters.add(settled);
        completeSettled();
        return settled;
    }

    /**
     * Stops the worker once its current lex, if any, ends; later changes are highlighted on the FX
     * thread, and edits whose task was dropped are lexed with the next one. Call on the FX thread.
     */
    void dispose() {
        disposed = true;
        worker.shutdownNow();
        completeSettled();
    }

    private void lexInBackground() {
        Result result = null;
        try {
            result = lexPendingEdits();
        } catch (RuntimeException e) {
            // The text stays editable; only its colours lag. Say so rather than lose the cause.
            LOG.log(System.Logger.Level.ERROR, "Highlighting failed", e);
        }
        Result done = result;
        Platform.runLater(() -> {
            inFlight--;
            if (done != null) {
                paint(done);
            }
            completeSettled();
        });
    }

    /** Applies every queued edit to the lexer and returns the lines to paint, or null if there was nothing. */
    private Result lexPendingEdits() {
        synchronized (lexer) {
            if (paintedVersion == publishedVersion) {
                lexer.clearChanged();
            }
            long last = -1;
            for (Edit edit = edits.poll(); edit != null; edit = edits.poll()) {
                lexer.edit(edit.position(), edit.removedLength(), edit.inserted());
                last = edit.version();
            }
            if (last < 0) {
                return null;
            }
            publishedVersion = last;
            LineRange range = lexer.changedLines();
            List<LexedLine> lines = new ArrayList<>(range.to() - range.from());
            for (int i = range.from(); i < range.to(); i++) {
                lines.add(lexer.line(i));
            }
            return new Result(last, range.from(), lines, lexer.lineCount());
        }
    }

    private void paint(Result result) {
        if (result.version() != version) {
            return; // Stale: a newer edit is queued, and its result will repaint these lines too.
        }
        painter.paint(result.firstLine(), result.lines(), result.lineCount());
        paintedVersion = result.version();
        afterPaint.run();
    }

    private void completeSettled() {
        if ((inFlight > 0 && !disposed) || settledWaiters.isEmpty()) {
            return;
        }
        List<CompletableFuture<Void>> waiting = new ArrayList<>(settledWaiters);
        settledWaiters.clear();
        waiting.forEach(w -> w.complete(null));
    }

    /** One text change, numbered in the order the FX thread saw it. */
    private record Edit(long version, int position, int removedLength, String inserted) {
    }

    /** Freshly lexed lines for the text as of {@code version}. */
    private record Result(long version, int firstLine, List<LexedLine> lines, int lineCount) {
    }
}
