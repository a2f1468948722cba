package dev.relive.app.window;

import dev.relive.app.session.SketchSession;
import dev.relive.app.workspace.FileProblem;
import dev.relive.app.workspace.FileTreeView;
import dev.relive.app.workspace.SourceFileName;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import javax.lang.model.SourceVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Carries out what the file tree asks for in one sketch: each change asks for a name (checked as it is typed) or a
 * confirmation first, renames and deletes go through the session so they become one generation, and anything that
 * cannot be done is said in a dialog. FX thread only; showing a folder in the file manager runs on a thread of its
 * own ({@code relive-reveal}), since the system may take a while.
 */
final class FileTreeActions implements FileTreeView.FileActions {

    private static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);

    private final SketchSession session;
    private final Supplier<Window> owner;
    private final java.util.function.Consumer<String> newFileIn;

    /** Actions on {@code session}'s files; dialogs belong to {@code owner}'s window; {@code newFile} asks for a file in a folder. */
    FileTreeActions(SketchSession session, Supplier<Window> owner, java.util.function.Consumer<String> newFile) {
        this.session = Objects.requireNonNull(session, "Session must not be null");
        this.owner = Objects.requireNonNull(owner, "Owner must not be null");
        this.newFileIn = Objects.requireNonNull(newFile, "New file must not be null");
    }

    @Override
    public void newFile(String folder) {
        newFileIn.accept(folder);
    }

    @Override
    public void newFolder(String parent) {
        NameDialog.ask(owner.get(), "new-folder-dialog", "New Folder",
                "A new folder in " + (parent.isEmpty() ? session.folder().name() : parent) + " (a package of the sketch)", "",
                name -> folderProblem(name, join(parent, name))).ifPresent(name -> {
            try {
                session.createFolder(join(parent, name));
            } catch (IOException e) {
                Dialogs.error(owner.get(), "Cannot make the folder " + name, FileProblem.describe(e));
            }
        });
    }

    @Override
    public void rename(FileTreeView.Entry entry) {
        String parent = entry.path().contains("/") ? entry.path().substring(0, entry.path().lastIndexOf('/')) : "";
        NameDialog.ask(owner.get(), "rename-dialog", "Rename", "A new name for " + entry.path(), entry.name(),
                name -> entry.folder() ? folderProblem(name, join(parent, name)) : fileProblem(name, join(parent, fileName(name)),
                        entry.path())).ifPresent(name -> {
            String to = join(parent, entry.folder() ? name : fileName(name));
            if (to.equals(entry.path())) {
                return;
            }
            try {
                session.rename(entry.path(), to).whenComplete((done, failure) -> refused("Cannot rename " + entry.path(), failure));
            } catch (IllegalStateException e) {
                Dialogs.error(owner.get(), "Cannot rename " + entry.path(), e.getMessage());
            }
        });
    }

    @Override
    public void delete(FileTreeView.Entry entry) {
        String what = entry.folder() ? "the folder " + entry.path() + " and everything in it" : entry.path();
        int live = session.live().liveGenerationProperty().get();
        String back = live > 0 ? " The history keeps it: reverting to generation " + live + " brings it back." : "";
        if (Dialogs.choose(owner.get(), "delete-dialog", "Delete " + entry.name(), "Delete " + what + "?" + back, DELETE)
                .isEmpty()) {
            return;
        }
        try {
            session.delete(entry.path()).whenComplete((done, failure) -> refused("Cannot delete " + entry.path(), failure));
        } catch (IllegalStateException e) {
            Dialogs.error(owner.get(), "Cannot delete " + entry.path(), e.getMessage());
        }
    }

    /** Tells why a rename or delete failed, if it did; called on the FX thread when it is done. */
    private void refused(String title, Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof IOException e) {
            Dialogs.error(owner.get(), title, FileProblem.describe(e));
        } else if (cause != null) {
            Dialogs.error(owner.get(), title, String.valueOf(cause.getMessage()));
        }
    }

    @Override
    public void reveal(String folder) {
        Path path = folder.isEmpty() ? session.folder().root() : session.folder().resolve(folder);
        Thread opener = new Thread(() -> FileManager.reveal(path).ifPresent(problem -> Platform.runLater(
                () -> Dialogs.error(owner.get(), "Cannot show the folder", problem))), "relive-reveal");
        opener.setDaemon(true);
        opener.start();
    }

    /** What is wrong with {@code name} as a folder at {@code path}, or the empty string. */
    private String folderProblem(String name, String path) {
        if (name.isEmpty()) {
            return "Type a folder name.";
        }
        if (SourceVersion.isKeyword(name) || !SourceVersion.isIdentifier(name)) {
            return "\"" + name + "\" cannot name a package folder: use letters, digits or _, not starting with a digit,"
                    + " and not a Java keyword.";
        }
        return exists(path) ? path + " already exists; choose another name." : "";
    }

    /** What is wrong with {@code name} as the new name of the file {@code from}, at {@code path}, or the empty string. */
    private String fileProblem(String name, String path, String from) {
        if (name.contains("/") || name.contains("\\")) {
            return "Type a name only; to move the file, rename its folder.";
        }
        String invalid = SourceFileName.problem(name).orElse("");
        if (!invalid.isEmpty()) {
            return invalid;
        }
        return !path.equals(from) && exists(path) ? path + " already exists; choose another name." : "";
    }

    private boolean exists(String path) {
        return java.nio.file.Files.exists(session.folder().resolve(path));
    }

    private static String fileName(String typed) {
        return typed.endsWith(".java") ? typed : typed + ".java";
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "/" + name;
    }
}
