package dev.relive.app;

import dev.relive.app.checks.CheckItem;
import dev.relive.app.editor.CodeEditor;
import dev.relive.app.history.HistoryItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example's @Check runs on every save: a failing check holds the new code back unless holding is off. */
class ChecksViewTest extends WindowDriver {

    private static final String CHECK = "Main.ballsNeverGainHeight";

    /** Makes every bounce add speed, which the example's check catches. */
    private void breakTheBounce() {
        waitUntil("the example's check passed", () -> checkItems().size() == 1 && checkItems().get(0).passed());
        select(editor("Main.java"), "BOUNCE = 1.0");
        write("BOUNCE = 1.2");
        ctrl(KeyCode.S);
        waitUntil("the check fails", () -> checkItems().stream().anyMatch(item -> !item.passed()));
    }

    @Test
    void aFailingCheckHoldsTheSwapAndTheOldCodeKeepsDrawing() {
        breakTheBounce();

        CheckItem failed = checkItems().get(0);
        assertEquals(CHECK, failed.name());
        assertTrue(failed.message().contains("rose to"), failed.message());
        waitUntil("the checks view says the swap is held",
                () -> textOf("#checks-summary").contains("the swap is held and generation 1 keeps running"));
        waitUntil("the console says the check failed", () -> consoleHas("[2] check " + CHECK + " failed"));
        assertEquals(1, fx(() -> session().live().liveGenerationProperty().get()));
        waitUntil("the history shows it rejected", () -> history().get(0).kind() == HistoryItem.Kind.REJECTED);
        long before = frameNumber();
        waitUntil("the old code keeps drawing", () -> frameNumber() > before + 30);
        assertEquals(1, fx(() -> session().stage().generationProperty().get()));
    }

    @Test
    void aFailedChecksLinkOpensTheLineItFailedOn() {
        breakTheBounce();
        CodeEditor editor = editor("Main.java");
        int line = lineOf(editor, "throw new AssertionError");
        push(KeyCode.CONTROL, KeyCode.HOME);
        waitUntil("the caret is at the top", () -> fx(() -> editor.area().getCurrentParagraph()) == 0);

        Hyperlink link = fx(() -> lookup("#checks-list .source-link").lookup(Hyperlink::isVisible).queryAs(Hyperlink.class));
        assertEquals("Main.java:" + line, fx(link::getText));
        clickOn(link);

        waitUntil("the editor is at the failing line", () -> fx(() -> editor.area().getCurrentParagraph()) == line - 1);
    }

    @Test
    void withHoldingTurnedOffInTheRunMenuAFailingCheckGoesLiveAnyway() {
        clickOn("Run");
        clickOn("Hold Swap on Failing Checks");
        waitUntil("holding is off", () -> !fx(() -> session().checks().holdProperty().get()));
        assertFalse(fx(() -> lookup("#checks-hold").<ToggleButton>query().isSelected()), "the checks view's switch follows");

        breakTheBounce();

        waitUntil("the new code is live", () -> fx(() -> session().live().liveGenerationProperty().get()) == 2);
        waitUntil("the checks view says so", () -> textOf("#checks-summary").contains("went live anyway"));
        waitUntil("the new code draws", () -> fx(() -> session().stage().generationProperty().get()) == 2);
        List<CheckItem> items = checkItems();
        assertFalse(items.get(0).passed());
    }

    @Test
    void restartingRunsTheChecksAgainWithoutListingThemTwice() {
        waitUntil("the example's check passed", () -> checkItems().size() == 1 && checkItems().get(0).passed());

        ctrl(KeyCode.R);
        waitUntil("the first restart went live", () -> console().stream().filter(l -> l.startsWith("[1] live in")).count() >= 2);
        ctrl(KeyCode.R);
        waitUntil("the second restart went live", () -> console().stream().filter(l -> l.startsWith("[1] live in")).count() >= 3);

        assertEquals(List.of(CHECK), checkItems().stream().map(CheckItem::name).toList());
        assertEquals("Generation 1: its check passed; it is live", textOf("#checks-summary"));
    }

    @Test
    void aGenerationRejectedAfterItsChecksNoLongerReadsChecking() {
        waitUntil("the example's check passed", () -> checkItems().size() == 1 && checkItems().get(0).passed());
        clickBefore(editor("Main.java"), "static final double WIDTH");
        write("static { if (Main.WIDTH > 0) throw new IllegalStateException(\"no room\"); }\n");
        ctrl(KeyCode.S);

        waitUntil("the new code is rejected", () -> consoleHas("[2] rejected in static-init"));
        waitUntil("the checks view says it did not go live",
                () -> textOf("#checks-summary").contains("did not go live (static-init"));
        assertFalse(textOf("#checks-summary").contains("checking"), textOf("#checks-summary"));
    }
}
