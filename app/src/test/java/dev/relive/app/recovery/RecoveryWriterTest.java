package dev.relive.app.recovery;

import dev.relive.app.documents.Document;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writer against a real store, with the calling thread standing in for the FX thread (a queue it drains), so
 * the order of events is the test's. Waits are for conditions, never for time.
 */
class RecoveryWriterTest {

    /** Long enough that no loaded machine stalls that long between two statements of a test. */
    private static final Duration QUIET = Duration.ofSeconds(1);

    @TempDir
    Path home;

    private final java.util.concurrent.BlockingQueue<Runnable> fxQueue = new java.util.concurrent.LinkedBlockingQueue<>();
    private final ObservableList<Document> open = FXCollections.observableArrayList();
    private final List<String> problems = new ArrayList<>();
    private RecoveryStore store;
    private RecoveryWriter writer;
    private Path sketch;

    @BeforeEach
    void start() {
        store = new RecoveryStore(home.resolve("recovery"));
        sketch = home.resolve("sketches/balls");
        writer = new RecoveryWriter(store, sketch, fxQueue::add, QUIET);
        writer.follow(open, problems::add);
    }

    @AfterEach
    void close() {
        if (writer != null) {
            writer.close();
        }
    }

    /** A document whose stand-in editor holds {@code text}; {@link #type} edits it. */
    private static final class Editor {
        final AtomicReference<String> text;
        final SimpleBooleanProperty dirty = new SimpleBooleanProperty();
        final Document document;

        Editor(String path, String disk) {
            text = new AtomicReference<>(disk);
            document = new Document(path, disk);
            document.attach(text::get, dirty);
        }

        void type(String now) {
            text.set(now);
            dirty.set(true);
            document.edited();
        }
    }

    /** An editor on {@code path} holding {@code disk}, its tab open. */
    private Editor opened(String path, String disk) {
        Editor editor = new Editor(path, disk);
        open.add(editor.document);
        return editor;
    }

    /** Main.java with {@code text} typed into it, once its copy is written. */
    private Editor keptAfterTyping(String text) {
        Editor main = opened("Main.java", "class Main {}");
        main.type(text);
        until("the copy is written", () -> kept().equals(List.of("Main.java=" + text)));
        return main;
    }

    /** Runs what the writer handed to the "FX thread" until {@code condition} holds. */
    private void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                for (Runnable r = fxQueue.poll(); r != null; r = fxQueue.poll()) {
                    r.run();
                }
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    private List<String> kept() throws IOException {
        return store.list(sketch).stream().map(f -> f.path() + "=" + f.text()).toList();
    }

    @Test
    void aDirtyDocumentIsKeptAfterTheQuietPeriodWithItsLatestText() throws IOException {
        Editor main = opened("Main.java", "class Main {}");

        main.type("class Main { int a; }");
        main.type("class Main { int ab; }");

        until("the copy is written", () -> !kept().isEmpty());
        assertEquals(List.of("Main.java=class Main { int ab; }"), kept());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void laterEditsAreKeptToo() throws IOException {
        Editor main = keptAfterTyping("class Main { int a; }");

        main.type("class Main { int b; }");

        until("the copy follows the next edit", () -> kept().equals(List.of("Main.java=class Main { int b; }")));
    }

    @Test
    void anEditAnnouncedBeforeTheDocumentTurnsDirtyIsKept() throws IOException {
        Editor main = opened("Main.java", "class Main {}");

        main.text.set("class Main { int restored; }");
        main.document.edited();
        main.dirty.set(true);

        until("the copy is written", () -> kept().equals(List.of("Main.java=class Main { int restored; }")));
    }

    @Test
    void aCleanDocumentIsNeverKept() throws IOException {
        Editor main = opened("Main.java", "class Main {}");
        main.document.edited(); // a reload from disk: an edit of the area, but not a dirty one

        Editor other = opened("Other.java", "class Other {}");
        other.type("class Other { }");
        until("the dirty one is written", () -> !kept().isEmpty());
        assertEquals(List.of("Other.java=class Other { }"), kept());
    }

    @Test
    void savingDeletesTheCopy() throws IOException {
        Editor main = keptAfterTyping("class Main { int a; }");

        main.dirty.set(false);

        until("the copy is deleted", () -> kept().isEmpty());
    }

    @Test
    void savingWithinTheQuietPeriodKeepsNothing() throws IOException {
        Editor main = opened("Main.java", "class Main {}");
        main.type("class Main { int a; }");
        main.dirty.set(false);

        Editor marker = opened("Marker.java", "");
        marker.type("x");
        until("a later copy is written, so the first would have been too", () -> !kept().isEmpty());
        assertEquals(List.of("Marker.java=x"), kept());
    }

    @Test
    void closingATabDeletesItsCopy() throws IOException {
        Editor main = keptAfterTyping("class Main { int a; }");

        open.remove(main.document);

        until("the copy is deleted", () -> kept().isEmpty());
    }

    @Test
    void closingTheSketchCleanlyDeletesEveryCopy() throws IOException {
        Editor main = opened("Main.java", "class Main {}");
        Editor ball = opened("Ball.java", "class Ball {}");
        main.type("class Main { int a; }");
        ball.type("class Ball { int b; }");
        until("both copies are written", () -> kept().size() == 2);

        writer.close();

        assertEquals(List.of(), kept());
    }

    @Test
    void copiesACrashLeftAreDeletedOnceTheRestoredFileIsSaved() throws IOException {
        store.write(sketch, "Main.java", "class Main { int recovered; }");
        Editor main = opened("Main.java", "class Main {}");
        main.type("class Main { int recovered; }");

        main.dirty.set(false);

        until("the crash's copy is deleted", () -> kept().isEmpty());
    }
}
