package dev.relive.app.window;

import atlantafx.base.theme.Styles;
import dev.relive.app.editor.CodeEditor;
import dev.relive.app.session.SketchSession;
import dev.relive.app.stage.StageDock;
import dev.relive.app.workspace.Example;
import dev.relive.app.workspace.FileProblem;
import dev.relive.app.workspace.Workspace;
import dev.relive.event.RunStatus;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The menu bar. Every main action is here with its keyboard shortcut, so the shortcuts work wherever the focus is;
 * items that need an open sketch are disabled while none is open. File → Examples lists the bundled examples, and
 * Help lists them too, beside the keyboard shortcuts, the sketch API reference and About.
 */
public final class MainMenu extends MenuBar {

    private final WindowActions actions;
    private final Menu recent = new Menu("Open Recent");
    private final MenuItem runPause;
    // Items showing a setting of the open sketch, rebound to each sketch as it is opened.
    private final List<Consumer<SketchSession>> settingItems = new ArrayList<>();
    private final BooleanBinding noSketch;

    /** The menu bar for {@code actions}. */
    public MainMenu(WindowActions actions) {
        this.actions = Objects.requireNonNull(actions, "Actions must not be null");
        this.noSketch = actions.workbench().sessionProperty().isNull();
        this.runPause = item("Run", MaterialDesignP.PLAY_PAUSE, key(KeyCode.F5), e -> actions.toggleRun());
        createView();
        initListeners();
    }

    private void createView() {
        setId("main-menu");
        setUseSystemMenuBar(true);
        Menu file = new Menu("_File", null,
                item("New S_ketch…", MaterialDesignF.FOLDER_PLUS_OUTLINE, shortcutShift(KeyCode.N), e -> actions.newSketch()),
                item("_Open Folder…", MaterialDesignF.FOLDER_OPEN_OUTLINE, shortcut(KeyCode.O), e -> actions.openFolder()),
                recent,
                examples("examples-menu", "example-"),
                item("_New File…", MaterialDesignF.FILE_PLUS_OUTLINE, shortcut(KeyCode.N), e -> actions.newFile(), true),
                item("_Export…", MaterialDesignE.EXPORT, null, e -> actions.export(), true),
                new SeparatorMenuItem(),
                item("_Save", MaterialDesignC.CONTENT_SAVE, shortcut(KeyCode.S), e -> actions.save(), true),
                item("Save _All", MaterialDesignC.CONTENT_SAVE_ALL, shortcutShift(KeyCode.S), e -> actions.saveAll(), true),
                item("_Close Tab", null, shortcut(KeyCode.W), e -> actions.closeTab(), true),
                new SeparatorMenuItem(),
                item("_Quit", null, shortcut(KeyCode.Q), e -> actions.quit()));
        runPause.disableProperty().bind(noSketch);
        Menu run = new Menu("_Run", null,
                runPause,
                item("Step One _Frame", MaterialDesignS.STEP_FORWARD, key(KeyCode.F10), e -> actions.stepOneFrame(), true),
                item("_Restart", MaterialDesignR.RESTART, shortcut(KeyCode.R), e -> actions.restart(), true),
                item("S_top", MaterialDesignS.STOP, shortcut(KeyCode.PERIOD), e -> actions.stop(), true),
                new SeparatorMenuItem(),
                setting("Auto-revert Faulting Code", shortcutShift(KeyCode.A), s -> s.live().autoRevertProperty(),
                        actions::toggleAutoRevert),
                setting("_Hold Swap on Failing Checks", null, s -> s.checks().holdProperty(),
                        actions::toggleHoldOnFailingChecks),
                new SeparatorMenuItem(),
                enabledWhen(item("Re_vert to Selected Generation", MaterialDesignB.BACKUP_RESTORE, shortcutShift(KeyCode.R),
                        e -> actions.revertSelected()), s -> s.history().canRevertProperty()),
                enabledWhen(item("Revert to Selected Generation with Its _State", MaterialDesignC.CAMERA_RETAKE_OUTLINE,
                        new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
                        e -> actions.revertSelectedWithState()), s -> s.history().canRevertWithStateProperty()),
                item("_Purge History…", MaterialDesignD.DELETE_SWEEP_OUTLINE, shortcutShift(KeyCode.DELETE),
                        e -> actions.purge(), true));
        CheckMenuItem dark = new CheckMenuItem("_Dark Theme");
        dark.setAccelerator(shortcutShift(KeyCode.D));
        dark.setOnAction(e -> actions.toggleTheme());
        actions.darkProperty().addListener((obs, was, now) -> dark.setSelected(now));
        Menu view = new Menu("_View", null,
                dark,
                new SeparatorMenuItem(),
                setting("_Stage in Its Own Window", StageDock.DETACH_KEY, s -> s.stage().detachedProperty(),
                        actions::toggleStageWindow),
                item("Full-Screen S_tage", MaterialDesignF.FULLSCREEN, StageDock.FULL_SCREEN_KEY,
                        e -> actions.toggleStageFullScreen(), true),
                new SeparatorMenuItem(),
                item("_Filter Console", MaterialDesignF.FILTER_OUTLINE, shortcutShift(KeyCode.F), e -> actions.focusConsoleFilter(), true),
                setting("Follow Console Output", shortcutShift(KeyCode.L), s -> s.console().autoScrollProperty(),
                        actions::toggleConsoleFollow),
                setting("_Wrap Console Lines", null, s -> s.console().wrapProperty(), actions::toggleConsoleWrap),
                setting("Clear Console on Each New _Generation", null, s -> s.console().clearOnGenerationProperty(),
                        actions::toggleClearConsoleOnGeneration),
                item("_Clear Console", MaterialDesignN.NOTIFICATION_CLEAR_ALL, shortcut(KeyCode.L), e -> actions.clearConsole(), true));
        Menu edit = new Menu("_Edit", null,
                item("_Undo", MaterialDesignU.UNDO, shortcut(KeyCode.Z), e -> actions.withEditor(ed -> ed.area().undo()), true),
                item("_Redo", MaterialDesignR.REDO, shortcut(KeyCode.Y), e -> actions.withEditor(ed -> ed.area().redo()), true),
                new SeparatorMenuItem(),
                item("Cu_t", MaterialDesignC.CONTENT_CUT, shortcut(KeyCode.X), e -> actions.withEditor(ed -> ed.area().cut()), true),
                item("_Copy", MaterialDesignC.CONTENT_COPY, shortcut(KeyCode.C), e -> actions.withEditor(ed -> ed.area().copy()), true),
                item("_Paste", MaterialDesignC.CONTENT_PASTE, shortcut(KeyCode.V), e -> actions.withEditor(ed -> ed.area().paste()), true),
                new SeparatorMenuItem(),
                item("_Find…", MaterialDesignM.MAGNIFY, shortcut(KeyCode.F), e -> actions.withEditor(CodeEditor::openFindBar), true),
                item("R_eplace…", MaterialDesignF.FIND_REPLACE, shortcut(KeyCode.H), e -> actions.withEditor(CodeEditor::openReplaceBar), true),
                item("_Go to Line…", MaterialDesignF.FORMAT_LIST_NUMBERED, shortcut(KeyCode.G), e -> actions.goToLine(), true),
                item("Toggle Co_mment", null, shortcut(KeyCode.SLASH), e -> actions.withEditor(CodeEditor::toggleComment), true));
        Menu help = new Menu("_Help", null,
                item("_Keyboard Shortcuts", MaterialDesignK.KEYBOARD_OUTLINE, key(KeyCode.F1), e -> actions.showShortcuts(this)),
                item("Sketch _API Reference", MaterialDesignB.BOOK_OPEN_VARIANT, null, e -> actions.showApiReference()),
                examples("help-examples-menu", "help-example-"),
                new SeparatorMenuItem(),
                item("_About Relive", MaterialDesignI.INFORMATION_OUTLINE, null, e -> actions.showAbout()));
        getMenus().setAll(file, edit, run, view, help);
        showRecent();
    }

    private void initListeners() {
        actions.workbench().recent().addListener((ListChangeListener<Path>) change -> showRecent());
        actions.workbench().sessionProperty().addListener((obs, before, now) -> follow(now));
        follow(actions.workbench().sessionProperty().get());
    }

    /** Binds the items that show a sketch's state to {@code session}'s models. */
    private void follow(SketchSession session) {
        runPause.textProperty().unbind();
        settingItems.forEach(item -> item.accept(session));
        if (session == null) {
            return;
        }
        runPause.textProperty().bind(Bindings.createStringBinding(
                () -> session.live().statusProperty().get() == RunStatus.RUNNING ? "_Pause" : "_Run",
                session.live().statusProperty()));
    }

    /**
     * A check item showing the open sketch's {@code setting} and flipping it with {@code toggle}. A CheckMenuItem
     * sets its own {@code selected} when clicked, so it cannot be bound; a mirror of the setting is rebound to each
     * sketch as it is opened and copied into the item.
     */
    private CheckMenuItem setting(String text, KeyCombination key, Function<SketchSession, ObservableBooleanValue> setting,
                                  Runnable toggle) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setAccelerator(key);
        item.setOnAction(e -> toggle.run());
        item.disableProperty().bind(noSketch);
        BooleanProperty shown = new SimpleBooleanProperty(item, "shown");
        shown.addListener((obs, was, now) -> item.setSelected(now));
        settingItems.add(session -> {
            shown.unbind();
            if (session != null) {
                shown.bind(setting.apply(session));
                item.setSelected(shown.get());
            }
        });
        return item;
    }

    /**
     * Enables {@code item} while the open sketch's {@code enabled} holds, rebinding it to each sketch as it is
     * opened; disabled while none is open.
     */
    private MenuItem enabledWhen(MenuItem item, Function<SketchSession, ObservableBooleanValue> enabled) {
        BooleanProperty can = new SimpleBooleanProperty(item, "enabled");
        item.disableProperty().bind(can.not());
        settingItems.add(session -> {
            can.unbind();
            if (session == null) {
                can.set(false);
            } else {
                can.bind(enabled.apply(session));
            }
        });
        return item;
    }

    /** The bundled examples, each opening a copy of itself; its hint says what it is. */
    /** The examples menu, named {@code id}; its rows are named {@code rowPrefix} and the example's name. */
    private Menu examples(String id, String rowPrefix) {
        Menu examples = new Menu("_Examples", new FontIcon(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE));
        examples.setId(id);
        try {
            actions.workbench().workspace().examples().forEach(example -> examples.getItems().add(exampleItem(example, rowPrefix)));
        } catch (IOException e) {
            examples.getItems().add(note("Cannot list the examples: " + FileProblem.describe(e)));
        }
        if (examples.getItems().isEmpty()) {
            examples.getItems().add(note("No examples found; set -D" + Workspace.ASSETS_PROPERTY + " to the assets folder"));
        }
        return examples;
    }

    private MenuItem exampleItem(Example example, String rowPrefix) {
        Label name = new Label(example.name());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setMinWidth(120); // the hints line up
        Label hint = new Label(example.hint());
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setMaxWidth(420);
        HBox row = new HBox(12, name, hint);
        row.setId(rowPrefix + example.name());
        row.setAlignment(Pos.BASELINE_LEFT);
        if (!example.hint().isEmpty()) {
            Tooltip.install(row, new Tooltip(example.hint()));
        }
        CustomMenuItem item = new CustomMenuItem(row);
        item.setText(example.name()); // what a system menu bar shows, since it cannot show the row
        item.setMnemonicParsing(false);
        item.setOnAction(e -> actions.openExample(example.name()));
        return item;
    }

    private static MenuItem note(String text) {
        MenuItem note = new MenuItem(text);
        note.setMnemonicParsing(false);
        note.setDisable(true);
        return note;
    }

    private void showRecent() {
        recent.getItems().clear();
        for (Path folder : actions.workbench().recent()) {
            MenuItem entry = new MenuItem(folder.getFileName() + "  —  " + folder);
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> actions.open(folder));
            recent.getItems().add(entry);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private MenuItem item(String text, Ikon icon, KeyCombination key, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        item.setAccelerator(key);
        item.setOnAction(action);
        return item;
    }

    private MenuItem item(String text, Ikon icon, KeyCombination key, EventHandler<ActionEvent> action, boolean needsSketch) {
        MenuItem item = item(text, icon, key, action);
        if (needsSketch) {
            item.disableProperty().bind(noSketch);
        }
        return item;
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
