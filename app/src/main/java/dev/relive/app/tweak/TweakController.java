package dev.relive.app.tweak;

import dev.relive.app.documents.Document;
import dev.relive.app.editor.CodeEditor;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Tweaks literals in one editor with the mouse, as Processing's Tweak Mode does. With Alt held, the pointer over a
 * number turns into a resize cursor and the number is outlined; dragging sideways scrubs it (Shift for ten times
 * the step), and Alt+click on a colour opens a colour popup. Every change is written into the editor and made live
 * through {@link LiveTweaks}; a drag, or the time a colour popup is open, is one run and one history entry.
 *
 * <p>The gestures call the public commands ({@link #startScrub}, {@link #scrubTo}, {@link #finishScrub},
 * {@link #pickColor}), so a test may drive either. FX thread only.
 */
public final class TweakController {

    /** The style class laid over a literal under the pointer while Alt is held. */
    public static final String TWEAKABLE = "tweakable-literal";
    /** The style class laid over the literal being scrubbed or coloured. */
    public static final String TWEAKING = "tweaking-literal";

    private static final String STYLESHEET = Objects.requireNonNull(
            TweakController.class.getResource("tweak.css"), "tweak.css must sit next to TweakController").toExternalForm();
    /** How far the pointer moves before an Alt+press becomes a drag rather than a click. */
    private static final double DRAG_THRESHOLD = 3;
    /** Room between the literal and the colour popup below it. */
    private static final double POPUP_GAP = 4;

    /**
     * A literal found in the editor.
     *
     * @param literal   the literal, with offsets in its line
     * @param lineStart document offset of its line
     * @param line      the line's text
     */
    private record Target(Literal literal, int lineStart, String line) {
        int start() {
            return lineStart + literal.start();
        }

        int end() {
            return lineStart + literal.end();
        }
    }

    private final CodeEditor editor;
    private final CodeArea area;
    private final Document document;
    private final LiveTweaks tweaks;
    private Target pressed;
    private double pressedX;
    private Scrub scrub;
    private Popup colorPopup;
    private Cursor cursorBefore;
    private boolean hinting;
    private boolean swallowingAlt;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    private TweakController(CodeEditor editor, Document document, LiveTweaks tweaks) {
        this.editor = Objects.requireNonNull(editor, "Editor must not be null");
        this.area = editor.area();
        this.document = Objects.requireNonNull(document, "Document must not be null");
        this.tweaks = Objects.requireNonNull(tweaks, "Tweaks must not be null");
    }

    /** Lets {@code editor}, which edits {@code document}, tweak literals live through {@code tweaks}. */
    public static TweakController attach(CodeEditor editor, Document document, LiveTweaks tweaks) {
        TweakController controller = new TweakController(editor, document, tweaks);
        controller.initListeners();
        editor.getProperties().put(TweakController.class, controller);
        return controller;
    }

    /** The controller attached to {@code editor}, if any; for commands and tests that need it. */
    public static Optional<TweakController> of(CodeEditor editor) {
        return Optional.ofNullable((TweakController) editor.getProperties().get(TweakController.class));
    }

    private void initListeners() {
        editor.getStylesheets().add(STYLESHEET);
        area.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        area.addEventFilter(MouseEvent.DRAG_DETECTED, this::consumeWhilePressed);
        area.addEventFilter(MouseEvent.MOUSE_CLICKED, this::consumeIfAltOnLiteral);
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> showHint(Optional.empty()));
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> altChanged(e, true));
        area.addEventFilter(KeyEvent.KEY_RELEASED, e -> altChanged(e, false));
    }

    /**
     * The number or colour literal at document {@code offset}, as the editor painted it (never in a comment); none
     * in a read-only editor, such as a preview of an old generation.
     */
    private Optional<Target> literalAt(int offset) {
        if (!area.isEditable() || offset < 0 || offset >= area.getLength()) {
            return Optional.empty();
        }
        TwoDimensional.Position at = area.offsetToPosition(offset, TwoDimensional.Bias.Forward);
        String line = area.getParagraph(at.getMajor()).getText();
        int lineStart = area.getAbsolutePosition(at.getMajor(), 0);
        // The lexer sees one line; the painted style, from the whole file, rules out comments and text blocks.
        return Literal.find(line, at.getMinor())
                .filter(l -> area.getStyleOfChar(lineStart + l.end() - 1).contains(l.kind().styleClass()))
                .map(l -> new Target(l, lineStart, line));
    }

    private Optional<Target> literalAt(double x, double y) {
        OptionalInt index = area.hit(x, y).getCharacterIndex();
        return index.isPresent() ? literalAt(index.getAsInt()) : Optional.empty();
    }

    /**
     * Starts scrubbing the number at document {@code offset}, the pointer being at {@code x}; false, with nothing
     * started, when no number is there.
     */
    public boolean startScrub(int offset, double x) {
        Optional<Target> target = literalAt(offset).filter(t -> t.literal().number().isPresent());
        target.ifPresent(t -> startScrub(t, x));
        return target.isPresent();
    }

    private void startScrub(Target target, double x) {
        closeColorPopup();
        scrub = new Scrub(LiteralSlot.of(target.literal(), target.lineStart(), target.line()),
                target.literal().number().orElseThrow(), x);
        tweaks.begin();
        editor.highlight(TWEAKING, target.start(), target.end());
    }

    /** Moves the number being scrubbed to where the pointer at {@code x} puts it, ten times as far if coarse. */
    public void scrubTo(double x, boolean coarse) {
        if (scrub == null) {
            return;
        }
        if (!stillShows(scrub.slot())) {
            finishScrub(); // the text changed under the drag (a revert, a reload): stop rather than write over it
            return;
        }
        scrub.moveTo(x, coarse).ifPresent(this::apply);
    }

    /** Ends the scrub; the run's last value stays live and the run becomes one history entry. */
    public void finishScrub() {
        if (scrub == null) {
            return;
        }
        scrub = null;
        editor.clearHighlight(TWEAKING);
        tweaks.end();
    }

    /** Whether a number is being scrubbed. */
    public boolean isScrubbing() {
        return scrub != null;
    }

    /**
     * Opens the colour popup for the colour literal at document {@code offset}; false when there is none. Every
     * colour chosen is written into the literal and made live; closing the popup ends the run.
     */
    public boolean pickColor(int offset) {
        Optional<Target> target = literalAt(offset).filter(t -> t.literal().color().isPresent());
        target.ifPresent(this::pickColor);
        return target.isPresent();
    }

    private void pickColor(Target target) {
        closeColorPopup();
        ColorLiteral color = target.literal().color().orElseThrow();
        LiteralSlot slot = LiteralSlot.of(target.literal(), target.lineStart(), target.line());
        ColorChoice choice = new ColorChoice(color.argb(), color.hasAlpha());
        choice.argbProperty().addListener((obs, was, now) -> colorChosen(slot, color, now.intValue()));
        Popup popup = new Popup();
        popup.getContent().add(new ColorPanel(choice));
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setOnHidden(e -> colorPopupClosed(popup));
        colorPopup = popup;
        tweaks.begin();
        editor.highlight(TWEAKING, target.start(), target.end());
        Bounds literal = area.getCharacterBoundsOnScreen(target.start(), target.end())
                .orElseGet(() -> area.localToScreen(area.getBoundsInLocal()));
        popup.show(area, literal.getMinX(), literal.getMaxY() + POPUP_GAP);
    }

    /** The open colour popup, if any. */
    public Optional<Popup> colorPopup() {
        return Optional.ofNullable(colorPopup);
    }

    /** Closes the colour popup, ending its run. */
    public void closeColorPopup() {
        if (colorPopup != null) {
            colorPopup.hide();
        }
    }

    private void colorChosen(LiteralSlot slot, ColorLiteral color, int argb) {
        if (!stillShows(slot)) {
            closeColorPopup();
            return;
        }
        slot.write(color.withArgb(argb).text()).ifPresent(this::apply);
    }

    private void colorPopupClosed(Popup popup) {
        if (colorPopup != popup) {
            return;
        }
        colorPopup = null;
        editor.clearHighlight(TWEAKING);
        tweaks.end();
    }

    /** Writes one new spelling of the literal into the editor and makes it live. */
    private void apply(LiteralSlot.Replacement edit) {
        area.replaceText(edit.start(), edit.end(), edit.text());
        editor.highlight(TWEAKING, edit.start(), edit.start() + edit.text().length());
        tweaks.changed(document);
    }

    /** Whether the editor still holds what {@code slot} last wrote, so writing over it is safe. */
    private boolean stillShows(LiteralSlot slot) {
        return slot.end() <= area.getLength() && area.getText(slot.start(), slot.end()).equals(slot.shown());
    }

    private void pressed(MouseEvent e) {
        if (!e.isAltDown() || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<Target> target = literalAt(e.getX(), e.getY());
        if (target.isEmpty()) {
            return;
        }
        e.consume(); // the area must neither move the caret nor start a selection
        area.requestFocus();
        swallowNextAltRelease();
        pressed = target.get();
        pressedX = e.getX();
    }

    private void dragged(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        e.consume();
        if (scrub == null && pressed.literal().number().isPresent() && Math.abs(e.getX() - pressedX) >= DRAG_THRESHOLD) {
            startScrub(pressed, pressedX);
        }
        scrubTo(e.getX(), e.isShiftDown());
    }

    private void released(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        e.consume();
        Target target = pressed;
        pressed = null;
        if (scrub != null) {
            finishScrub();
        } else if (target.literal().color().isPresent()) {
            pickColor(target);
        }
    }

    private void consumeWhilePressed(MouseEvent e) {
        if (pressed != null || scrub != null) {
            e.consume();
        }
    }

    private void consumeIfAltOnLiteral(MouseEvent e) {
        if (e.isAltDown() && literalAt(e.getX(), e.getY()).isPresent()) {
            e.consume();
        }
    }

    private void moved(MouseEvent e) {
        mouseX = e.getX();
        mouseY = e.getY();
        showHint(e.isAltDown() ? literalAt(mouseX, mouseY) : Optional.empty());
    }

    private void altChanged(KeyEvent e, boolean down) {
        if (e.getCode() == KeyCode.ALT && !Double.isNaN(mouseX)) {
            showHint(down ? literalAt(mouseX, mouseY) : Optional.empty());
        }
    }

    /** Outlines the literal under the pointer and turns the pointer into a hint of what a drag or click does. */
    private void showHint(Optional<Target> target) {
        if (scrub != null || pressed != null) {
            return; // the drag keeps its own cursor and highlight
        }
        if (target.isPresent()) {
            Target t = target.get();
            if (!hinting) {
                cursorBefore = area.getCursor();
                hinting = true;
            }
            area.setCursor(t.literal().number().isPresent() ? Cursor.H_RESIZE : Cursor.HAND);
            editor.highlight(TWEAKABLE, t.start(), t.end());
        } else if (hinting) {
            hinting = false;
            area.setCursor(cursorBefore);
            editor.clearHighlight(TWEAKABLE);
        }
    }

    /**
     * A lone Alt press and release moves the focus to the menu bar; after an Alt+drag or Alt+click that would be a
     * surprise, so the window drops the release that ends this gesture's Alt.
     */
    private void swallowNextAltRelease() {
        Window window = area.getScene() == null ? null : area.getScene().getWindow();
        if (window == null || swallowingAlt) {
            return;
        }
        swallowingAlt = true;
        window.addEventFilter(KeyEvent.KEY_RELEASED, new EventHandler<>() {
            @Override
            public void handle(KeyEvent e) {
                if (e.getCode() == KeyCode.ALT) {
                    e.consume();
                    window.removeEventFilter(KeyEvent.KEY_RELEASED, this);
                    swallowingAlt = false;
                    showHint(Optional.empty());
                }
            }
        });
    }
}
