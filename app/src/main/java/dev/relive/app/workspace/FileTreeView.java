package dev.relive.app.workspace;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The sketch's files as a tree, folders first. Clicking a file (or pressing Enter on it) opens it. The tree is
 * rebuilt whenever the file list changes, keeping which folders were expanded.
 */
public final class FileTreeView extends TreeView<FileTreeView.Entry> {

    /** One row: a folder (path null) or a file (its relative path). */
    public record Entry(String name, String path) {
        /** Whether this row is a file that can be opened. */
        public boolean isFile() {
            return path != null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final ObservableList<String> files;
    private final Consumer<String> opener;
    private final String sketchName;

    /** A tree of {@code files} (relative paths) under a root called {@code sketchName}; {@code opener} opens a file. */
    public FileTreeView(String sketchName, ObservableList<String> files, Consumer<String> opener) {
        this.sketchName = Objects.requireNonNull(sketchName, "Sketch name must not be null");
        this.files = Objects.requireNonNull(files, "Files must not be null");
        this.opener = Objects.requireNonNull(opener, "Opener must not be null");
        createView();
        initListeners();
    }

    private void createView() {
        setId("file-tree");
        getStyleClass().add("file-tree");
        getStylesheets().add(Objects.requireNonNull(FileTreeView.class.getResource("workspace.css")).toExternalForm());
        setShowRoot(true);
        setCellFactory(tree -> new EntryCell());
        rebuild();
    }

    private void initListeners() {
        files.addListener((ListChangeListener<String>) change -> rebuild());
        setOnMouseClicked(e -> openSelected(e.getButton() == MouseButton.PRIMARY));
        setOnKeyPressed(e -> openSelected(e.getCode() == KeyCode.ENTER));
    }

    private void openSelected(boolean really) {
        TreeItem<Entry> item = getSelectionModel().getSelectedItem();
        if (really && item != null && item.getValue().isFile()) {
            opener.accept(item.getValue().path());
        }
    }

    private void rebuild() {
        java.util.Set<String> expanded = new java.util.HashSet<>();
        collectExpanded(getRoot(), "", expanded);
        TreeItem<Entry> root = new TreeItem<>(new Entry(sketchName, null), folderIcon());
        root.setExpanded(true);
        for (String file : files) {
            add(root, file, expanded);
        }
        setRoot(root);
    }

    private static void add(TreeItem<Entry> root, String file, java.util.Set<String> expanded) {
        String[] parts = file.split("/");
        TreeItem<Entry> parent = root;
        StringBuilder folder = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            folder.append(parts[i]).append('/');
            parent = folderChild(parent, parts[i], expanded.contains(folder.toString()) || expanded.isEmpty());
        }
        parent.getChildren().add(new TreeItem<>(new Entry(parts[parts.length - 1], file), fileIcon()));
    }

    private static TreeItem<Entry> folderChild(TreeItem<Entry> parent, String name, boolean expand) {
        for (TreeItem<Entry> child : parent.getChildren()) {
            if (!child.getValue().isFile() && child.getValue().name().equals(name)) {
                return child;
            }
        }
        TreeItem<Entry> folder = new TreeItem<>(new Entry(name, null), folderIcon());
        folder.setExpanded(expand);
        int at = (int) parent.getChildren().stream().filter(c -> !c.getValue().isFile()).count();
        parent.getChildren().add(at, folder); // folders before files
        return folder;
    }

    private static void collectExpanded(TreeItem<Entry> item, String prefix, java.util.Set<String> out) {
        if (item == null) {
            return;
        }
        for (TreeItem<Entry> child : item.getChildren()) {
            if (!child.getValue().isFile() && child.isExpanded()) {
                String path = prefix + child.getValue().name() + "/";
                out.add(path);
                collectExpanded(child, path, out);
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

    /** A row showing the entry's name and icon. */
    private static final class EntryCell extends TreeCell<Entry> {
        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(empty || entry == null ? null : entry.name());
            setGraphic(empty || getTreeItem() == null ? null : getTreeItem().getGraphic());
        }
    }
}
