package dev.relive.app.window;

import dev.relive.app.session.SketchSession;
import dev.relive.loop.RunStatus;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The menu bar. Every main action is here with its keyboard shortcut, so the shortcuts work wherever the focus is;
 * items that need an open sketch are disabled while none is open.
 */
public final class MainMenu extends MenuBar {

    private final WindowActions actions;
    private final Menu recent = new Menu("Open Recent");
    private final MenuItem runPause;
    private final CheckMenuItem autoRevert = new CheckMenuItem("Auto-revert Faulting Code");
    private final CheckMenuItem follow = new CheckMenuItem("Follow Console Output");
    // Mirrors of the open sketch's settings. A CheckMenuItem sets its own `selected` when clicked, so it cannot be
    // bound; these are rebound when the sketch changes and copied into the items.
    private final BooleanProperty autoRevertShown = new SimpleBooleanProperty(this, "autoRevertShown");
    private final BooleanProperty followShown = new SimpleBooleanProperty(this, "followShown");
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
                item("_Open Folder…", MaterialDesignF.FOLDER_OPEN_OUTLINE, shortcut(KeyCode.O), e -> actions.openFolder()),
                recent,
                item("_New File…", MaterialDesignF.FILE_PLUS_OUTLINE, shortcut(KeyCode.N), e -> actions.newFile(), true),
                new SeparatorMenuItem(),
                item("_Save", MaterialDesignC.CONTENT_SAVE, shortcut(KeyCode.S), e -> actions.save(), true),
                item("Save _All", MaterialDesignC.CONTENT_SAVE_ALL, shortcutShift(KeyCode.S), e -> actions.saveAll(), true),
                item("_Close Tab", null, shortcut(KeyCode.W), e -> actions.closeTab(), true),
                new SeparatorMenuItem(),
                item("_Quit", null, shortcut(KeyCode.Q), e -> actions.quit()));
        autoRevert.setAccelerator(shortcutShift(KeyCode.A));
        autoRevert.setOnAction(e -> actions.toggleAutoRevert());
        autoRevert.disableProperty().bind(noSketch);
        runPause.disableProperty().bind(noSketch);
        Menu run = new Menu("_Run", null,
                runPause,
                item("_Restart", MaterialDesignR.RESTART, shortcut(KeyCode.R), e -> actions.restart(), true),
                item("S_top", MaterialDesignS.STOP, shortcut(KeyCode.PERIOD), e -> actions.stop(), true),
                new SeparatorMenuItem(),
                autoRevert,
                new SeparatorMenuItem(),
                item("Re_vert to Selected Generation", MaterialDesignB.BACKUP_RESTORE, shortcutShift(KeyCode.R),
                        e -> actions.revertSelected(), true),
                item("_Purge History…", MaterialDesignD.DELETE_SWEEP_OUTLINE, shortcutShift(KeyCode.DELETE),
                        e -> actions.purge(), true));
        CheckMenuItem dark = new CheckMenuItem("_Dark Theme");
        dark.setAccelerator(shortcutShift(KeyCode.D));
        dark.setOnAction(e -> actions.toggleTheme());
        actions.darkProperty().addListener((obs, was, now) -> dark.setSelected(now));
        follow.setAccelerator(shortcutShift(KeyCode.L));
        follow.setOnAction(e -> actions.toggleConsoleFollow());
        follow.disableProperty().bind(noSketch);
        Menu view = new Menu("_View", null,
                dark,
                new SeparatorMenuItem(),
                item("_Filter Console", MaterialDesignF.FILTER_OUTLINE, shortcutShift(KeyCode.F), e -> actions.focusConsoleFilter(), true),
                follow,
                item("_Clear Console", MaterialDesignN.NOTIFICATION_CLEAR_ALL, shortcut(KeyCode.L), e -> actions.clearConsole(), true));
        getMenus().setAll(file, run, view);
        showRecent();
    }

    private void initListeners() {
        autoRevertShown.addListener((obs, was, now) -> autoRevert.setSelected(now));
        followShown.addListener((obs, was, now) -> follow.setSelected(now));
        actions.workbench().recent().addListener((ListChangeListener<Path>) change -> showRecent());
        actions.workbench().sessionProperty().addListener((obs, before, now) -> follow(now));
        follow(actions.workbench().sessionProperty().get());
    }

    /** Binds the items that show a sketch's state to {@code session}'s models. */
    private void follow(SketchSession session) {
        runPause.textProperty().unbind();
        autoRevertShown.unbind();
        followShown.unbind();
        if (session == null) {
            return;
        }
        runPause.textProperty().bind(Bindings.createStringBinding(
                () -> session.live().statusProperty().get() == RunStatus.RUNNING ? "_Pause" : "_Run",
                session.live().statusProperty()));
        autoRevertShown.bind(session.live().autoRevertProperty());
        followShown.bind(session.console().autoScrollProperty());
        autoRevert.setSelected(autoRevertShown.get());
        follow.setSelected(followShown.get());
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
