package dev.relive.app.documents;

import dev.relive.app.workspace.FileProblem;
import dev.relive.app.workspace.SketchFolder;
import dev.relive.app.workspace.SourceFileName;
import dev.relive.compile.Diagnostic;
import dev.relive.event.EngineEvent;
import dev.relive.event.SketchError;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The open files of one sketch and the sketch's file list. It opens, saves (atomically) and closes documents, keeps
 * clean documents in step with the disk when the engine or another editor writes files, and routes engine errors to
 * the file they belong to: each compile's diagnostics replace the previous ones, and a runtime error's innermost
 * sketch frame is marked until new code goes live. Marks are remembered for files that are not open, so opening one
 * later shows them. Problems such as a file that cannot be written go to the {@code problems} consumer in words.
 */
public final class Documents {

    private final SketchFolder folder;
    private final Consumer<String> problems;
    private final ObservableList<Document> open = FXCollections.observableArrayList();
    private final ObservableList<Document> openView = FXCollections.unmodifiableObservableList(open);
    private final ObservableList<String> files = FXCollections.observableArrayList();
    private final ObservableList<String> filesView = FXCollections.unmodifiableObservableList(files);
    private final ObservableList<String> folders = FXCollections.observableArrayList();
    private final ObservableList<String> foldersView = FXCollections.unmodifiableObservableList(folders);
    private final ReadOnlyObjectWrapper<Document> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final Map<String, List<Diagnostic>> compileMarks = new HashMap<>();
    private final Map<String, Document.RuntimeMark> runtimeMarks = new HashMap<>();
    private final Map<String, String> conflictsReported = new HashMap<>();
    private int live;
    private final ReadOnlyBooleanWrapper anyUnsaved = new ReadOnlyBooleanWrapper(this, "anyUnsaved");
    private final InvalidationListener recount = o -> anyUnsaved.set(open.stream().anyMatch(Document::isDirty));

    /** The documents of the sketch in {@code folder}; trouble is described to {@code problems}. */
    public Documents(SketchFolder folder, Consumer<String> problems) {
        this.folder = Objects.requireNonNull(folder, "Folder must not be null");
        this.problems = Objects.requireNonNull(problems, "Problems must not be null");
        open.addListener((ListChangeListener<Document>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(d -> d.dirtyProperty().removeListener(recount));
                change.getAddedSubList().forEach(d -> d.dirtyProperty().addListener(recount));
            }
            recount.invalidated(open);
        });
        refreshFiles();
    }

    /** The open documents, in tab order. */
    public ObservableList<Document> open() {
        return openView;
    }

    /** The sketch's source files, relative and sorted. */
    public ObservableList<String> files() {
        return filesView;
    }

    /** The document being edited, or null. */
    public ReadOnlyObjectProperty<Document> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The document being edited, if any. */
    public Optional<Document> selected() {
        return Optional.ofNullable(selected.get());
    }

    /** Makes {@code document} the one being edited. */
    public void select(Document document) {
        selected.set(document);
    }

    /** The open document for {@code path}, if it is open. */
    public Optional<Document> find(String path) {
        return open.stream().filter(d -> d.path().equals(path)).findFirst();
    }

    /** Whether any open document has unsaved edits, for the window title's marker. */
    public ReadOnlyBooleanProperty anyUnsavedProperty() {
        return anyUnsaved.getReadOnlyProperty();
    }

    /** Open documents with unsaved edits. */
    public List<Document> unsaved() {
        return open.stream().filter(Document::isDirty).toList();
    }

    /** The sketch's folders, empty ones included, relative and sorted; reread with the file list. */
    public ObservableList<String> folders() {
        return foldersView;
    }

    /** Rereads the sketch's file and folder lists from disk. */
    public void refreshFiles() {
        showFiles(listFiles());
    }

    /** The sketch's source files and folders as listed from the disk, or why they could not be. */
    public record Listing(List<String> files, List<String> folders, IOException failure) {
    }

    /** Lists the sketch's files and folders from the disk; any thread (it reads the folder only). */
    public Listing listFiles() {
        try {
            return new Listing(folder.sourceFiles(), folder.folders(), null);
        } catch (IOException e) {
            return new Listing(List.of(), List.of(), e);
        }
    }

    /** Shows {@code listing}, made by {@link #listFiles()} on any thread, as the sketch's files; FX thread. */
    public void showFiles(Listing listing) {
        if (listing.failure() != null) {
            problems.accept("Cannot list the files of " + folder.root() + ": " + FileProblem.describe(listing.failure()));
            return;
        }
        if (!listing.files().equals(files)) {
            files.setAll(listing.files());
        }
        if (!listing.folders().equals(folders)) {
            folders.setAll(listing.folders());
        }
    }

    /** Opens {@code path} (or selects it if it is open already); empty, with the reason told, if it cannot be read. */
    public Optional<Document> open(String path) {
        Optional<Document> already = find(path);
        if (already.isPresent()) {
            select(already.get());
            return already;
        }
        String text;
        try {
            text = folder.read(path);
        } catch (IOException e) {
            problems.accept("Cannot open " + path + ": " + FileProblem.describe(e));
            return Optional.empty();
        }
        return Optional.of(add(new Document(path, text)));
    }

    /**
     * Opens {@code path} holding {@code text} as unsaved edits, as recovered after a crash; the file on disk is left
     * as it is until the person saves. A file that is no longer on disk opens empty, so saving writes it again.
     * Empty, with the reason told, if the file exists but cannot be read.
     */
    public Optional<Document> restore(String path, String text) {
        Optional<Document> document = find(path).isPresent() || folder.exists(path)
                ? open(path)
                : Optional.of(add(new Document(path, "")));
        document.ifPresent(d -> {
            select(d);
            d.recover(text);
        });
        return document;
    }

    private Document add(Document document) {
        document.showDiagnostics(compileMarks.getOrDefault(document.path(), List.of()));
        document.showRuntimeError(runtimeMarks.get(document.path()));
        open.add(document);
        select(document);
        return document;
    }

    /** Closes {@code document}, discarding unsaved edits (the view asks first), and selects a neighbour. */
    public void close(Document document) {
        int at = open.indexOf(document);
        if (at < 0) {
            return;
        }
        open.remove(at);
        if (selected.get() == document) {
            select(open.isEmpty() ? null : open.get(Math.min(at, open.size() - 1)));
        }
    }

    /**
     * Writes {@code document}'s text to its file if it has unsaved edits. Returns false, with the reason told, if the
     * write failed; the edits stay in the editor.
     */
    public boolean save(Document document) {
        if (!document.isDirty()) {
            return true;
        }
        String text = document.text();
        try {
            folder.write(document.path(), text);
        } catch (IOException e) {
            problems.accept("Cannot save " + document.path() + ": " + FileProblem.describe(e) + ". Your edits are still in the editor.");
            return false;
        }
        document.loaded(text);
        conflictsReported.remove(document.path());
        return true;
    }

    /** Saves every document with unsaved edits; false if any could not be written. */
    public boolean saveAll() {
        boolean ok = true;
        for (Document d : unsaved()) {
            ok &= save(d);
        }
        return ok;
    }

    /**
     * Creates a new source file from {@code name}'s template and opens it.
     *
     * @throws IOException if the file exists or cannot be written; the message says which
     */
    public Document create(SourceFileName name) throws IOException {
        return create(name, name.template());
    }

    /**
     * Creates a new source file {@code name} holding {@code text} and opens it.
     *
     * @throws IOException if the file exists or cannot be written; the message says which
     */
    public Document create(SourceFileName name, String text) throws IOException {
        folder.create(name, text);
        refreshFiles();
        return open(name.path()).orElseThrow(() -> new IOException("created " + name.path() + " but cannot read it back"));
    }

    /**
     * Follows the rename of the file or folder {@code from} to {@code to}, or its deletion when {@code to} is null:
     * the lists are reread, and each open document in it is closed, or opened again under its new path with the
     * selection kept. Its unsaved edits are gone; the caller makes sure there are none.
     */
    public void moved(String from, String to) {
        refreshFiles();
        Document wasSelected = selected.get();
        String reselect = null;
        for (Document d : List.copyOf(open)) {
            String path = d.path();
            boolean inside = path.equals(from) || path.startsWith(from + "/");
            if (!inside) {
                continue;
            }
            close(d);
            if (to != null) {
                String now = to + path.substring(from.length());
                open(now);
                if (d == wasSelected) {
                    reselect = now;
                }
            }
        }
        if (reselect != null) {
            find(reselect).ifPresent(this::select);
        } else if (wasSelected != null && open.contains(wasSelected)) {
            select(wasSelected);
        }
    }

    /** The open documents with unsaved edits in the file or folder {@code path}. */
    public List<Document> unsavedIn(String path) {
        return open.stream().filter(d -> d.isDirty() && (d.path().equals(path) || d.path().startsWith(path + "/"))).toList();
    }

    /** Opens {@code path} and shows {@code line}, for console links. */
    public void goTo(String path, int line) {
        open(path).ifPresent(d -> d.requestLine(line));
    }

    /**
     * Shows the sources of a generation that the engine just wrote into the folder (a revert): open documents take
     * the new text, and documents whose file the generation does not have are closed (their text stays in history).
     */
    public void showSources(Map<String, String> sources) {
        for (Document d : List.copyOf(open)) {
            String text = sources.get(d.path());
            if (text == null) {
                close(d);
            } else {
                d.loaded(text);
                conflictsReported.remove(d.path());
            }
        }
        refreshFiles();
    }

    /** Follows one engine event: compile marks, runtime marks, files changed on disk. */
    public void accept(EngineEvent event) {
        if (event instanceof EngineEvent.Compiled c) {
            compiled(c);
        } else if (event instanceof EngineEvent.Applied a) {
            // Code went live afresh (new code, a fault revert to older code, or a restart), so the errors marked
            // belong to a run that is over; the console keeps them. If the code throws again it is marked again.
            live = a.generation();
            runtimeMarks.clear();
            open.forEach(d -> d.showRuntimeError(null));
        } else if (event instanceof EngineEvent.Error e && (live == 0 || e.generation() == live)) {
            // An error of a replaced generation (one of its threads, reported late) is not about the code that runs.
            markRuntimeError(e.error());
        } else if (event instanceof EngineEvent.Rejected r) {
            markRuntimeError(r.error());
        }
    }

    /**
     * Shows what checking the open editors' unsaved text found (path to diagnostics; a file missing has none): it
     * replaces their marks at once, before any save, until the next compile or check.
     */
    public void showAnalysis(Map<String, List<Diagnostic>> byFile) {
        for (Document d : open) {
            d.showDiagnostics(byFile.getOrDefault(d.path(), List.of()));
        }
    }

    private void compiled(EngineEvent.Compiled c) {
        compileMarks.clear();
        compileMarks.putAll(c.diagnostics().stream().collect(Collectors.groupingBy(Diagnostic::file)));
        for (Document d : open) {
            d.showDiagnostics(compileMarks.getOrDefault(d.path(), List.of()));
        }
        List<String> sources = c.files().stream().filter(f -> f.endsWith(".java")).sorted().toList();
        if (!sources.equals(files)) {
            files.setAll(sources);
        }
        followDisk();
    }

    /** Rereads open files: clean documents take the disk's text; dirty ones keep their edits and say so once. */
    private void followDisk() {
        for (Document d : List.copyOf(open)) {
            String onDisk;
            try {
                onDisk = folder.exists(d.path()) ? folder.read(d.path()) : null;
            } catch (IOException e) {
                problems.accept("Cannot reread " + d.path() + ": " + FileProblem.describe(e));
                continue;
            }
            if (onDisk == null || onDisk.equals(d.diskText())) {
                continue; // unchanged, or deleted elsewhere: keep the tab so nothing is lost
            }
            if (!d.isDirty()) {
                d.loaded(onDisk);
            } else if (!onDisk.equals(conflictsReported.put(d.path(), onDisk))) {
                problems.accept(d.path() + " changed on disk while it has unsaved edits here; "
                        + "your edits are kept, and saving will overwrite the file.");
            }
        }
    }

    private void markRuntimeError(SketchError error) {
        error.sketchFrame().filter(f -> f.line() > 0).ifPresent(frame -> {
            Document.RuntimeMark mark = new Document.RuntimeMark(frame.line(), error.reason());
            runtimeMarks.put(frame.file(), mark);
            find(frame.file()).ifPresent(d -> d.showRuntimeError(mark));
        });
    }
}
