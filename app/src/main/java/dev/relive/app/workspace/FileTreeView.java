package dev.relive.app.workspace;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The sketch's files as a tree, folders first; empty folders show too. Clicking a file (or pressing Enter on it)
 * opens it. Its context menu, and keys on the selected row, change the files through {@link FileActions}: New File
 * and New Folder (in the folder selected, or the selected file's folder), Rename (F2), Delete (Delete) and Show in
 * File Manager. The tree is rebuilt whenever the file or folder list changes, keeping the folders a person collapsed collapsed.
 */
public final class FileTreeView extends TreeView<FileTreeView.Entry> {

    /** The key that renames the selected row. */
    public static final KeyCombination RENAME_KEY = new KeyCodeCombination(KeyCode.F2);
    /** The key that deletes the selected row. */
    public static final KeyCombination DELETE_KEY = new KeyCodeCombination(KeyCode.DELETE);

    /**
     * One row: the sketch itself (path empty), a folder or a file, with its path relative to the sketch.
     *
     * @param name   what the row shows
     * @param path   the relative path, written with {@code /}; empty for the sketch's own row
     * @param folder whether it is a folder (or the sketch)
     */
    public record Entry(String name, String path, boolean folder) {
        /** Whether this row is a file that can be opened. */
        public boolean isFile() {
            return !folder;
        }

        /** Whether this row is the sketch folder itself, which cannot be renamed or deleted here. */
        public boolean isSketch() {
            return path.isEmpty();
        }

        /** The folder a new file or folder made from this row goes in: the row itself, or the file's folder. */
        public String folderForNew() {
            if (folder) {
                return path;
            }
            int slash = path.lastIndexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** What the tree's menu and keys ask for; the window carries each out, asking and confirming as needed. */
    public interface FileActions {
        /** Asks for a new source file in {@code folder} ("" for the sketch's top) and creates it. */
        void newFile(String folder);

        /** Asks for a new folder in {@code parent} and makes it. */
        void newFolder(String parent);

        /** Asks for a new name for {@code entry} and renames it. */
        void rename(Entry entry);

        /** Asks to confirm, then deletes {@code entry}. */
        void delete(Entry entry);

        /** Shows {@code folder} (relative, "" for the sketch) in the system's file manager. */
        void reveal(String folder);
    }

    private final ObservableList<String> files;
    private final ObservableList<String> folders;
    private final Consumer<String> opener;
    private final FileActions actions;
    private final String sketchName;

    /** A tree of {@code files} (relative paths) under a root called {@code sketchName}; {@code opener} opens a file. */
    public FileTreeView(String sketchName, ObservableList<String> files, Consumer<String> opener) {
        this(sketchName, files, javafx.collections.FXCollections.observableArrayList(), opener, null);
    }

    /**
     * A tree of {@code files} and {@code folders} (relative paths) under a root called {@code sketchName};
     * {@code opener} opens a file and {@code actions}, if not null, changes files from the menu and keys.
     */
    public FileTreeView(String sketchName, ObservableList<String> files, ObservableList<String> folders,
                        Consumer<String> opener, FileActions actions) {
        this.sketchName = Objects.requireNonNull(sketchName, "Sketch name must not be null");
        this.files = Objects.requireNonNull(files, "Files must not be null");
        this.folders = Objects.requireNonNull(folders, "Folders must not be null");
        this.opener = Objects.requireNonNull(opener, "Opener must not be null");
        this.actions = actions;
        createView();
        initListeners();
    }

    private void createView() {
        setId("file-tree");
        getStyleClass().add("file-tree");
        getStylesheets().add(Objects.requireNonNull(FileTreeView.class.getResource("workspace.css")).toExternalForm());
        setShowRoot(true);
        setCellFactory(tree -> new EntryCell());
        if (actions != null) {
            setContextMenu(menu());
        }
        rebuild();
    }

    private void initListeners() {
        files.addListener((ListChangeListener<String>) change -> rebuild());
        folders.addListener((ListChangeListener<String>) change -> rebuild());
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && openSelected(true)) {
                // A click opens the file but leaves the keys here, so F2 and Delete still act on the row; Enter
                // opens it and moves on to the editor.
                javafx.application.Platform.runLater(this::requestFocus);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            openSelected(true);
            return;
        }
        if (actions == null) {
            return;
        }
        Entry entry = selected();
        if (entry == null || entry.isSketch()) {
            return;
        }
        if (RENAME_KEY.match(e)) {
            e.consume();
            actions.rename(entry);
        } else if (DELETE_KEY.match(e)) {
            e.consume();
            actions.delete(entry);
        }
    }

    /** The menu for the selected row; items that cannot apply to it (renaming the sketch itself) are disabled. */
    private ContextMenu menu() {
        MenuItem newFile = new MenuItem("New File…", new FontIcon(MaterialDesignF.FILE_PLUS_OUTLINE));
        newFile.setId("tree-new-file");
        newFile.setOnAction(e -> actions.newFile(target().folderForNew()));
        MenuItem newFolder = new MenuItem("New Folder…", new FontIcon(MaterialDesignF.FOLDER_PLUS_OUTLINE));
        newFolder.setId("tree-new-folder");
        newFolder.setOnAction(e -> actions.newFolder(target().folderForNew()));
        MenuItem rename = new MenuItem("Rename…", new FontIcon(MaterialDesignR.RENAME_BOX));
        rename.setId("tree-rename");
        rename.setAccelerator(RENAME_KEY);
        rename.setOnAction(e -> actions.rename(target()));
        MenuItem delete = new MenuItem("Delete…", new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("tree-delete");
        delete.setAccelerator(DELETE_KEY);
        delete.setOnAction(e -> actions.delete(target()));
        MenuItem reveal = new MenuItem("Show in File Manager", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        reveal.setId("tree-reveal");
        reveal.setOnAction(e -> actions.reveal(target().folderForNew()));
        ContextMenu menu = new ContextMenu(newFile, newFolder, new SeparatorMenuItem(), rename, delete,
                new SeparatorMenuItem(), reveal);
        menu.setOnShowing(e -> {
            boolean sketch = target().isSketch();
            rename.setDisable(sketch);
            delete.setDisable(sketch);
        });
        return menu;
    }

    /** The selected row, or the sketch's row when none is selected. */
    private Entry target() {
        Entry entry = selected();
        return entry == null ? getRoot().getValue() : entry;
    }

    private Entry selected() {
        TreeItem<Entry> item = getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** Opens the selected row's file if {@code really}; whether a file was opened. */
    private boolean openSelected(boolean really) {
        TreeItem<Entry> item = getSelectionModel().getSelectedItem();
        if (really && item != null && item.getValue().isFile()) {
            opener.accept(item.getValue().path());
            return true;
        }
        return false;
    }

    private void rebuild() {
        Set<String> collapsed = new HashSet<>();
        collectCollapsed(getRoot(), collapsed);
        String selectedPath = selected() == null ? null : selected().path();
        TreeItem<Entry> root = new TreeItem<>(new Entry(sketchName, "", true), folderIcon());
        root.setExpanded(true);
        for (String folder : folders) {
            folderItem(root, folder, collapsed);
        }
        for (String file : files) {
            add(root, file, collapsed);
        }
        setRoot(root);
        if (selectedPath != null) {
            select(root, selectedPath);
        }
    }

    private void select(TreeItem<Entry> item, String path) {
        if (item.getValue().path().equals(path)) {
            getSelectionModel().select(item);
            return;
        }
        item.getChildren().forEach(child -> select(child, path));
    }

    private static void add(TreeItem<Entry> root, String file, Set<String> collapsed) {
        int slash = file.lastIndexOf('/');
        TreeItem<Entry> parent = slash < 0 ? root : folderItem(root, file.substring(0, slash), collapsed);
        parent.getChildren().add(new TreeItem<>(new Entry(file.substring(slash + 1), file, false), fileIcon()));
    }

    /** The row of {@code folder}, made with its parents if needed; expanded unless it was collapsed before. */
    private static TreeItem<Entry> folderItem(TreeItem<Entry> root, String folder, Set<String> collapsed) {
        TreeItem<Entry> parent = root;
        String[] parts = folder.split("/");
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.isEmpty() ? "" : "/").append(part);
            parent = folderChild(parent, part, path.toString(), !collapsed.contains(path.toString()));
        }
        return parent;
    }

    private static TreeItem<Entry> folderChild(TreeItem<Entry> parent, String name, String path, boolean expand) {
        for (TreeItem<Entry> child : parent.getChildren()) {
            if (child.getValue().folder() && child.getValue().name().equals(name)) {
                return child;
            }
        }
        TreeItem<Entry> folder = new TreeItem<>(new Entry(name, path, true), folderIcon());
        folder.setExpanded(expand);
        int at = (int) parent.getChildren().stream().filter(c -> c.getValue().folder()).count();
        parent.getChildren().add(at, folder); // folders before files
        return folder;
    }

    private static void collectCollapsed(TreeItem<Entry> item, Set<String> collapsed) {
        if (item == null) {
            return;
        }
        for (TreeItem<Entry> child : item.getChildren()) {
            if (child.getValue().folder()) {
                if (!child.isExpanded()) {
                    collapsed.add(child.getValue().path());
                }
                collectCollapsed(child, collapsed);
            }
        }
    }

    private static FontIcon folderIcon() {
        FontIcon icon = new FontIcon(MaterialDesignF.FOLDER_OUTLINE);
        icon.getStyleClass().add("folder-icon");
        return icon;
    }

    private static FontIcon fileIcon() {
        FontIcon icon = new FontIcon(MaterialDesignL.LANGUAGE_JAVA);
        icon.getStyleClass().add("file-icon");
        return icon;
    }

    /** A row showing the entry's name and icon, with an id naming its path so tests and tools can find it. */
    private static final class EntryCell extends TreeCell<Entry> {
        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(empty || entry == null ? null : entry.name());
            setGraphic(empty || getTreeItem() == null ? null : getTreeItem().getGraphic());
        }
    }
}
