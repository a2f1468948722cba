package dev.relive.app;

import dev.relive.app.editor.CodeEditor;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import dev.relive.app.console.ConsoleModel;
import dev.relive.event.RunStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console pane: stack frames in the sketch are links to their line, and a flood of output is survivable. */
class ConsolePaneTest extends WindowDriver {

    @Test
    void clickingAStackFrameOpensTheFileAtThatLine() {
        CodeEditor editor = editor("Main.java");
        clickBefore(editor, "for (Ball ball : balls)");
        write("if (frame > 2) throw new IllegalStateException(\"boom\");");
        type(KeyCode.ENTER);
        int line = lineOf(editor, "throw new IllegalStateException");
        ctrl(KeyCode.S);
        waitUntil("the error and its trace are in the console", () -> consoleHas("(Main.java:" + line + ")"));

        clickOn("#console-autoscroll"); // as a person would: stop the console following, so the link holds still
        push(KeyCode.CONTROL, KeyCode.HOME);
        waitUntil("the caret left the line", () -> fx(() -> editor.area().getCurrentParagraph()) != line - 1);
        clickOn(shownLink("(Main.java:" + line + ")"));

        waitUntil("the editor is at the frame's line", () -> fx(() -> editor.area().getCurrentParagraph()) == line - 1);
        assertEquals(line - 1, fx(() -> editor.area().getCurrentParagraph()));
        waitUntil("the line is in the middle of the editor, not at its edge", () -> fx(() -> {
            int first = editor.area().firstVisibleParToAllParIndex();
            int last = editor.area().lastVisibleParToAllParIndex();
            int quarter = (last - first) / 4;
            return line - 1 > first + quarter && line - 1 < last - quarter;
        }));
    }

    @Test
    void aSketchPrintingAFloodLeavesTheWindowResponsiveAndTheConsoleCapped() {
        CodeEditor editor = editor("Main.java");
        clickBefore(editor, "for (Ball ball : balls)");
        write("for (int i = 0; i < 2000; i++) System.out.println(\"flood \" + i);");
        type(KeyCode.ENTER);
        ctrl(KeyCode.S);
        clickOn("#rate-box");
        clickOn("max");
        waitUntil("the flood reaches the console", () -> consoleHas("[2] flood 1999"));

        clickOn("#run-pause-button");

        waitUntil("the pause button took effect", () -> fx(() -> session().live().statusProperty().get()) == RunStatus.PAUSED);
        assertTrue(fx(() -> session().console().size()) <= ConsoleModel.DEFAULT_CAPACITY, "the console keeps only its capacity");
        clickOn("#console-filter").write("flood 1999");
        waitUntil("the filter narrows the console", () -> console().stream().allMatch(l -> l.contains("flood 1999")));
    }

    @Test
    void clearingOnEachNewGenerationStartsTheConsoleAtTheNewCompile() {
        waitUntil("the example prints", () -> consoleHas("[1] frame "));
        clickOn("View");
        clickOn("Clear Console on Each New Generation"); // the pane's own toggle may be in its "more" menu
        select(editor("Main.java"), "frame %d");
        write("tick %d");

        ctrl(KeyCode.S);

        waitUntil("the new code prints", () -> !counts(2, "tick").isEmpty());
        assertTrue(console().get(0).startsWith("[2] compiled in "), "the console starts at the new compile: " + console());
    }

    @Test
    void turningFollowBackOnShowsTheNewestLineAtOnce() {
        waitUntil("the example prints", () -> consoleHas("[1] frame 360"));
        clickOn("#console-autoscroll");
        interact(() -> consoleList().scrollTo(0));
        clickOn("#run-pause-button"); // no new line will come to trigger a scroll
        waitUntil("the sketch is paused", () -> fx(() -> session().live().statusProperty().get()) == RunStatus.PAUSED);
        waitUntil("the top is shown", () -> fx(this::firstShownLine) == 0);

        clickOn("#console-autoscroll");

        waitUntil("the newest line is shown", () -> fx(() -> lastShownLine() == consoleList().getItems().size() - 1));
    }

    @Test
    void followingWaitsWhileThePointerIsOverTheLinesAndCatchesUpWhenItLeaves() {
        clickOn("#rate-box");
        clickOn("max"); // a line every 180 steps comes quickly now
        waitUntil("the console is longer than it is tall", () -> fx(() -> firstShownLine() > 0));
        moveTo("#console-lines");
        int shown = fx(this::firstShownLine);
        int before = fx(() -> consoleList().getItems().size());
        waitUntil("more lines arrive", () -> fx(() -> consoleList().getItems().size()) > before + 5);
        assertEquals(shown, fx(this::firstShownLine), "the lines hold still under the pointer");

        moveTo("#main-menu");

        waitUntil("the console catches up", () -> fx(() -> lastShownLine() == consoleList().getItems().size() - 1));
    }

    @Test
    void longLinesWrapAtTheConsolesWidthUntilWrappingIsTurnedOff() {
        CodeEditor editor = editor("Main.java");
        clickBefore(editor, "for (Ball ball : balls)");
        write("if (frame % 60 == 0) System.out.println(\"long \" + \"x\".repeat(400));");
        type(KeyCode.ENTER);
        ctrl(KeyCode.S);
        waitUntil("a long line is printed", () -> consoleHas("[2] long xxx"));
        waitUntil("it is shown on several rows", () -> fx(() -> longLineHeight() > 3 * rowHeight()));

        clickOn("#console-wrap");

        waitUntil("it is shown on one row", () -> fx(() -> longLineHeight() > 0 && longLineHeight() < 2 * rowHeight()));
    }

    private javafx.scene.control.ListView<?> consoleList() {
        return lookup("#console-lines").queryListView();
    }

    private javafx.scene.control.skin.VirtualFlow<?> consoleFlow() {
        return (javafx.scene.control.skin.VirtualFlow<?>) consoleList().lookup(".virtual-flow");
    }

    private int firstShownLine() {
        return consoleFlow().getFirstVisibleCell().getIndex();
    }

    private int lastShownLine() {
        return consoleFlow().getLastVisibleCell().getIndex();
    }

    /** The height of the shortest frame-counter line, which fits on one row. */
    private double rowHeight() {
        return heightsOfLines("frame").min().orElse(20);
    }

    private double longLineHeight() {
        return heightsOfLines("long xxx").max().orElse(0);
    }

    private java.util.stream.DoubleStream heightsOfLines(String containing) {
        return lookup(".console-line").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof dev.relive.app.console.ConsoleLine l
                        && l.display().contains(containing))
                .mapToDouble(n -> n.getBoundsInLocal().getHeight());
    }

    /**
     * The link showing {@code text}, scrolled into the console's view first, as a person scrolls to a line before
     * clicking it. Of the list's cells only those in its viewport count: a virtualized list keeps cells it scrolled
     * past (or holds in reserve) in the scene, with their last line, and the first such link in the scene may lie
     * outside the viewport, where a click lands on whatever is drawn there instead.
     */
    private Hyperlink shownLink(String text) {
        ListView<?> list = lookup("#console-lines").queryListView();
        int index = consoleIndexOf(text);
        assertTrue(index >= 0, "the console has a line with " + text);
        interact(() -> list.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            Bounds viewport = list.localToScene(list.getLayoutBounds());
            return lookup(".source-link").match((Hyperlink h) -> h.getText().contains(text) && h.getScene() != null
                    && shown(h) && viewport.contains(h.localToScene(h.getLayoutBounds()).getCenterX(),
                    h.localToScene(h.getLayoutBounds()).getCenterY())).queryAs(Hyperlink.class);
        });
    }

    /** Whether {@code node} and every parent of it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
