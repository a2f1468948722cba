package dev.relive.app;

import dev.relive.app.state.StateRow;
import dev.relive.event.RunStatus;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The State pane in the real window, on the running bouncing-balls example, driven with the mouse and keys. */
class StatePaneTest extends WindowDriver {

    @Test
    void expandingBallsShowsTheFirstBallsYChanging() {
        expand("balls");
        expand("balls[0]");
        String first = value("balls[0].y").orElseThrow();
        waitUntil("balls[0].y changes while the sketch runs", () -> value("balls[0].y").map(v -> !v.equals(first)).orElse(false));
    }

    @Test
    void editingAValueInPlaceChangesWhatTheSketchDoes() {
        waitUntil("the frame row shows", () -> value("frame").isPresent());
        scrollToCell("frame");
        doubleClickOn(inCell("frame", ".state-value"));
        waitUntil("the editor opens", () -> lookup("#state-editor").tryQuery().isPresent());
        write("1000000");
        type(KeyCode.ENTER);
        waitUntil("the console records the edit", () -> consoleHas("Main.frame: ") && consoleHas("→ 1000000"));
        waitUntil("the sketch counts on from the new value",
                () -> value("frame").map(v -> Long.parseLong(v) > 1_000_000).orElse(false));
    }

    @Test
    void aPinnedFieldIsDrawnOnTheChart() {
        expand("balls");
        expand("balls[0]");
        waitUntil("balls[0].y shows", () -> value("balls[0].y").isPresent());
        scrollToCell("balls[0].y");
        clickOn(inCell("balls[0].y", ".state-pin"));
        waitUntil("the chart draws the pinned value's line", () -> fx(() -> view().state().plot().drawnLines()) == 1);
        assertTrue(fx(() -> view().state().plot().isVisible()));
    }

    @Test
    void f10WhilePausedRunsExactlyOneFrame() {
        waitUntil("the frame row shows", () -> value("frame").isPresent());
        type(KeyCode.F5);
        waitUntil("the sketch is paused", () -> fx(() -> session().live().statusProperty().get()) == RunStatus.PAUSED);
        long before = settledFrame();
        type(KeyCode.F10);
        waitUntil("one frame ran", () -> value("frame").map(v -> Long.parseLong(v) == before + 1).orElse(false));
        assertEquals(before + 1, settledFrame(), "exactly one frame ran");
    }

    /** The frame counter once two refreshes in a row agree. */
    private long settledFrame() {
        long[] last = {-1};
        waitUntil("the frame counter holds still", () -> {
            long now = Long.parseLong(value("frame").orElse("-1"));
            Thread.sleep(300); // three refreshes of the pane
            long again = Long.parseLong(value("frame").orElse("-1"));
            last[0] = again;
            return now == again && now >= 0;
        });
        return last[0];
    }

    private ListView<StateRow> rows() {
        return lookup("#state-rows").queryListView();
    }

    private Optional<String> value(String path) {
        return fx(() -> rows().getItems().stream().filter(r -> r.path().equals(path)).map(StateRow::value).findFirst());
    }

    private void scrollTo(String path) {
        fx(() -> {
            rows().getItems().stream().filter(r -> r.path().equals(path)).findFirst().ifPresent(r -> rows().scrollTo(r));
            return null;
        });
    }

    /** Scrolls {@code path}'s row into view and waits until the list has laid out a cell showing it. */
    private void scrollToCell(String path) {
        scrollTo(path);
        waitUntil(path + " has a cell", () -> fx(() -> rows().lookupAll(".list-cell").stream()
                .anyMatch(c -> c instanceof ListCell<?> cell && cell.getItem() instanceof StateRow r && r.path().equals(path))));
    }

    private Node inCell(String path, String part) {
        return fx(() -> rows().lookupAll(".list-cell").stream()
                .filter(c -> c instanceof ListCell<?> cell && cell.getItem() instanceof StateRow r && r.path().equals(path))
                .findFirst().orElseThrow(() -> new AssertionError("no cell shows " + path)).lookup(part));
    }

    private void expand(String path) {
        waitUntil(path + " shows", () -> value(path).isPresent());
        scrollToCell(path);
        clickOn(inCell(path, ".state-arrow"));
        waitUntil(path + " expands", () -> fx(() -> rows().getItems().stream().anyMatch(r -> r.path().startsWith(path + "[")
                || r.path().startsWith(path + "."))));
    }
}
