package dev.relive.app;

import dev.relive.app.checks.CheckItem;
import dev.relive.app.console.ConsoleLine;
import dev.relive.app.editor.CodeEditor;
import dev.relive.app.history.HistoryItem;
import dev.relive.app.session.SketchSession;
import dev.relive.app.window.SessionView;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the real Relive window the way a person does, headless: each test gets its own Relive home in a temporary
 * folder, so the bundled example is copied there and starts running, and the engine is closed afterwards. Engine
 * results are awaited with {@link #waitUntil}, never with sleeps.
 */
abstract class WindowDriver extends FxRobot {

    /** How long an engine result may take on a slow CI machine. */
    static final long TIMEOUT_SECONDS = 30;

    @TempDir
    Path home;

    ReliveApp app;
    Stage stage;

    @BeforeAll
    static void keepToolkitAlive() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false); // a test that closes the window must not end the FX platform for the next
    }

    @BeforeEach
    void launch() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = (ReliveApp) FxToolkit.setupApplication(() -> ReliveApp.withHome(home));
        waitUntil("the example sketch is live", () -> fx(() -> app.workbench().session()
                .map(s -> s.live().liveGenerationProperty().get() == 1).orElse(false)));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages(); // also dismisses a dialog a failed test left open
        FxToolkit.cleanupApplication(app);
    }

    /** Runs {@code query} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> query) {
        return WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS), query);
    }

    /**
     * Waits until {@code condition} holds, checking it on the test thread (helpers such as {@link #console()} read
     * the window on the FX thread themselves); fails saying what did not happen.
     */
    static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    SketchSession session() {
        return app.workbench().session().orElseThrow();
    }

    SessionView view() {
        return app.window().sessionView().orElseThrow();
    }

    CodeEditor editor(String path) {
        return fx(() -> view().tabs().editor(path).orElseThrow());
    }

    /** The console lines as the console list shows them. */
    List<String> console() {
        ListView<ConsoleLine> list = lookup("#console-lines").queryListView();
        return fx(() -> list.getItems().stream().map(ConsoleLine::display).toList());
    }

    boolean consoleHas(String text) {
        return console().stream().anyMatch(line -> line.contains(text));
    }

    /** The counters printed by the example's lines {@code [generation] word N: ...}, in order. */
    List<Integer> counts(int generation, String word) {
        Pattern p = Pattern.compile("^\\[" + generation + "] " + word + " (\\d+):");
        List<Integer> counts = new java.util.ArrayList<>();
        for (String line : console()) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                counts.add(Integer.parseInt(m.group(1)));
            }
        }
        return counts;
    }

    /** The last counter printed as {@code [generation] word N:}, or -1. */
    int lastCount(int generation, String word) {
        List<Integer> counts = counts(generation, word);
        return counts.isEmpty() ? -1 : counts.get(counts.size() - 1);
    }

    /** The 1-based line of the first occurrence of {@code needle} in the editor. */
    int lineOf(CodeEditor editor, String needle) {
        String text = fx(editor::getText);
        int at = text.indexOf(needle);
        if (at < 0) {
            throw new AssertionError("\"" + needle + "\" is not in the editor");
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Index of the first console line containing {@code text}, or -1. */
    int consoleIndexOf(String text) {
        List<String> lines = console();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The text of the labeled node found by {@code query}. */
    String textOf(String query) {
        return fx(() -> lookup(query).queryLabeled().getText());
    }

    /** The check results as the checks view lists them. */
    List<CheckItem> checkItems() {
        ListView<CheckItem> list = lookup("#checks-list").queryListView();
        return fx(() -> List.copyOf(list.getItems()));
    }

    /** The number of the frame the stage shows, 0 before the first. */
    long frameNumber() {
        return fx(() -> session().stage().frameNumberProperty().get());
    }

    /** The stage canvas's pixels as it shows now, ARGB row by row. */
    int[] stagePixels() {
        return fx(() -> {
            Canvas canvas = view().stage().pane().canvas();
            WritableImage image = canvas.snapshot(new SnapshotParameters(), null);
            int width = (int) image.getWidth();
            int[] pixels = new int[width * (int) image.getHeight()];
            image.getPixelReader().getPixels(0, 0, width, (int) image.getHeight(), PixelFormat.getIntArgbInstance(), pixels, 0, width);
            return pixels;
        });
    }

    /** The history rows, newest first, as the history list shows them. */
    List<HistoryItem> history() {
        ListView<HistoryItem> list = lookup("#history-list").queryListView();
        return fx(() -> List.copyOf(list.getItems()));
    }

    /** Clicks just before the first occurrence of {@code needle} in the editor, scrolling it into view first. */
    void clickBefore(CodeEditor editor, String needle) {
        int at = fx(() -> editor.getText().indexOf(needle));
        if (at < 0) {
            throw new AssertionError("\"" + needle + "\" is not in the editor");
        }
        interact(() -> {
            editor.area().moveTo(at);
            editor.area().requestFollowCaret();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds chars = fx(() -> editor.area().getCharacterBoundsOnScreen(at, at + 1).orElseThrow());
        clickOn(new Point2D(chars.getMinX() + 1, chars.getCenterY()));
        waitUntil("the caret is before \"" + needle + "\"", () -> fx(() -> editor.area().getCaretPosition() == at));
    }

    /** Selects {@code needle} in the editor as a person does: click before it, then Shift+Right over it. */
    void select(CodeEditor editor, String needle) {
        clickBefore(editor, needle);
        press(KeyCode.SHIFT);
        for (int i = 0; i < needle.length(); i++) {
            type(KeyCode.RIGHT);
        }
        release(KeyCode.SHIFT);
    }

    /** Presses Ctrl+{@code key}. */
    void ctrl(KeyCode key) {
        push(KeyCode.CONTROL, key);
    }

    /** Clicks the node found by {@code query}. */
    void click(String query) {
        Node node = lookup(query).query();
        clickOn(node);
    }

    /** Opens bundled example {@code name} through File → Examples, as a person does, and waits until it runs. */
    void openExampleFromMenu(String name) {
        clickOn("File");
        clickOn("Examples");
        String item = "#example-" + name;
        waitUntil("the examples are listed", () -> fx(() -> lookup(item).tryQuery()
                .map(n -> n.getScene() != null && n.isVisible()).orElse(false)));
        // Across into the submenu first: a diagonal path over the File menu would close it.
        Point2D menu = point("Examples").query();
        moveTo(new Point2D(point(item).query().getX(), menu.getY()));
        clickOn(item);
        waitUntil(name + " is open and live", () -> fx(() -> app.workbench().session()
                .map(s -> s.folder().name().equals(name) && s.live().liveGenerationProperty().get() == 1).orElse(false)));
    }
}
