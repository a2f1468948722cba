package dev.relive.app.tweak;

import atlantafx.base.theme.PrimerLight;
import dev.relive.app.documents.Document;
import dev.relive.app.editor.CodeEditor;
import dev.relive.app.live.FakeLiveEngine;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One editor with tweaking attached, driven with the mouse and Alt as a person does, against a fake engine. */
@ExtendWith(ApplicationExtension.class)
class TweakControllerTest {

    private static final String TEXT = """
            class Main {
                double gravity = 2.50; // 42 is only a comment
                int fill = Color.hex("#ff3366");
                int glass = 0x80FF3366;
            }
            """;

    private final FakeLiveEngine engine = new FakeLiveEngine();
    private final List<String> saved = new ArrayList<>();
    private final Document document = new Document("Main.java", TEXT);
    private CodeEditor editor;
    private TweakController controller;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        engine.completeAtOnce = true;
        editor = new CodeEditor();
        editor.setText(TEXT);
        document.attach(editor::getText, editor.dirtyProperty());
        LiveTweaks tweaks = new LiveTweaks(engine, d -> saved.add(d.text()), problem -> {
            throw new AssertionError(problem);
        });
        controller = TweakController.attach(editor, document, tweaks);
        MenuBar menus = new MenuBar(new Menu("File", null, new MenuItem("Open")));
        stage.setScene(new Scene(new BorderPane(editor, menus, null, null, null), 900, 500));
        stage.show();
        editor.area().requestFocus();
    }

    @AfterEach
    void releaseKeys(FxRobot robot) {
        robot.release(new KeyCode[0]);
    }

    private <T> T fx(java.util.concurrent.Callable<T> query) {
        return WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(10), query);
    }

    private int offsetOf(String needle) {
        return TEXT.indexOf(needle);
    }

    private Point2D pointOn(String needle) {
        int at = offsetOf(needle);
        Bounds chars = fx(() -> editor.area().getCharacterBoundsOnScreen(at, at + 1).orElseThrow());
        return new Point2D(chars.getCenterX(), chars.getCenterY());
    }

    private List<String> styleAt(String needle) {
        return fx(() -> List.copyOf(editor.area().getStyleOfChar(offsetOf(needle))));
    }

    @Test
    void holdingAltOverANumberShowsAResizeCursorAndOutlinesIt(FxRobot robot) {
        robot.moveTo(pointOn("2.50"));
        robot.press(KeyCode.ALT).moveBy(1, 0);

        assertEquals(Cursor.H_RESIZE, fx(() -> editor.area().getCursor()));
        assertTrue(styleAt("2.50").contains(TweakController.TWEAKABLE), styleAt("2.50").toString());

        robot.release(KeyCode.ALT);
        assertTrue(fx(() -> editor.area().getCursor() != Cursor.H_RESIZE), "the hint goes with Alt");
        assertFalse(styleAt("2.50").contains(TweakController.TWEAKABLE));
    }

    @Test
    void scrubbingADecimalKeepsItsDecimalsAndIsHighlightedWhileItLasts(FxRobot robot) {
        robot.press(KeyCode.ALT).drag(pointOn("2.50")).moveBy(-20, 0);

        assertTrue(fx(() -> controller.isScrubbing()));
        assertTrue(styleAt("2.50").contains(TweakController.TWEAKING), styleAt("2.50").toString());
        robot.drop().release(KeyCode.ALT);

        String text = fx(editor::getText);
        assertTrue(text.matches("(?s).*double gravity = 2\\.4\\d; // 42.*"), text);
        assertFalse(styleAt("2.50").contains(TweakController.TWEAKING), "the highlight goes when the drag ends");
        assertEquals("startScrub", engine.calls.get(0));
        assertEquals("finishScrub", engine.calls.get(engine.calls.size() - 1));
        assertEquals(text, saved.get(saved.size() - 1), "the last value was saved");
    }

    @Test
    void aNumberInACommentIsNotScrubbed(FxRobot robot) {
        robot.press(KeyCode.ALT).drag(pointOn("42")).moveBy(40, 0).drop().release(KeyCode.ALT);

        assertEquals(TEXT, fx(editor::getText));
        assertTrue(engine.calls.isEmpty(), engine.calls.toString());
    }

    @Test
    void aReadOnlyEditorIsNotTweaked(FxRobot robot) {
        robot.interact(() -> editor.setEditable(false));

        robot.press(KeyCode.ALT).drag(pointOn("2.50")).moveBy(40, 0).drop().release(KeyCode.ALT);

        assertEquals(TEXT, fx(editor::getText));
        assertFalse(fx(() -> controller.pickColor(offsetOf("0x80FF3366"))));
    }

    @Test
    void altReleaseAfterADragDoesNotActivateTheMenuBar(FxRobot robot) {
        robot.press(KeyCode.ALT).drag(pointOn("2.50")).moveBy(8, 0).drop().release(KeyCode.ALT);

        // A lone Alt press and release puts the menu bar in keyboard mode, marking its first menu as hovered.
        javafx.scene.Node firstMenu = robot.lookup(".menu-bar .menu-button").query();
        assertFalse(fx(firstMenu::isHover), "the menu bar stayed out of the way");
        assertTrue(fx(() -> editor.area().isFocused()));
    }

    @Test
    void aLoneAltStillActivatesTheMenuBar(FxRobot robot) {
        robot.push(KeyCode.ALT);

        javafx.scene.Node firstMenu = robot.lookup(".menu-bar .menu-button").query();
        assertTrue(fx(firstMenu::isHover), "only the Alt of a tweak is swallowed");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void aStringColourPickedByHexCodeIsWrittenBackInItsForm(FxRobot robot) {
        robot.press(KeyCode.ALT).clickOn(pointOn("ff3366")).release(KeyCode.ALT);

        assertTrue(fx(() -> controller.colorPopup().isPresent()), "Alt+click opened the colour popup");
        robot.clickOn("#color-hex").push(KeyCode.CONTROL, KeyCode.A).write("#00CC80").type(KeyCode.ENTER);

        assertTrue(fx(editor::getText).contains("Color.hex(\"#00cc80\")"), fx(editor::getText));
        robot.type(KeyCode.ESCAPE);
        assertTrue(fx(() -> controller.colorPopup().isEmpty()));
        assertEquals(List.of("startScrub", "reload", "finishScrub"), engine.calls);
    }

    @Test
    void aColourWithAlphaOffersOpacity(FxRobot robot) {
        assertTrue(fx(() -> controller.pickColor(offsetOf("0x80FF3366"))));
        assertTrue(robot.lookup("#color-opacity").tryQuery().isPresent());

        robot.interact(() -> robot.lookup("#color-opacity").queryAs(javafx.scene.control.Slider.class).setValue(1));

        assertTrue(fx(editor::getText).contains("int glass = 0xFFFF3366;"), fx(editor::getText));
        robot.interact(controller::closeColorPopup);
    }
}
