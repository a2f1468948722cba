package dev.relive.app.documents;

import dev.relive.compile.Diagnostic;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One open source file. It knows the text last loaded from or saved to disk, whether the editor holds unsaved edits,
 * the file's compile diagnostics and runtime error, and the last request to show a line. The editor view follows
 * these properties; the model reads the editor's current text through the supplier the view attaches, so it never
 * holds a node.
 */
public final class Document {

    /**
     * Text the editor should hold: it was just loaded from or saved to disk.
     *
     * @param text    the text
     * @param version increases on every load or save, so loading the same text twice is still seen
     */
    public record Content(String text, long version) {
    }

    /**
     * A request to show a line; the version makes asking twice for the same line count.
     *
     * @param line    1-based line
     * @param version increases on every request
     */
    public record LineRequest(int line, long version) {
    }

    /**
     * A runtime error to mark in the editor.
     *
     * @param line    1-based line of the innermost sketch frame
     * @param message the exception and its message
     */
    public record RuntimeMark(int line, String message) {
    }

    private final String path;
    private final ReadOnlyObjectWrapper<Content> content;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
    private final ObservableList<Diagnostic> diagnosticsView = FXCollections.unmodifiableObservableList(diagnostics);
    private final ReadOnlyObjectWrapper<RuntimeMark> runtimeError = new ReadOnlyObjectWrapper<>(this, "runtimeError");
    private final ReadOnlyObjectWrapper<LineRequest> lineRequest = new ReadOnlyObjectWrapper<>(this, "lineRequest");
    private final ReadOnlyObjectWrapper<Content> recovered = new ReadOnlyObjectWrapper<>(this, "recovered");
    private final ReadOnlyLongWrapper edits = new ReadOnlyLongWrapper(this, "edits");
    private final BooleanBinding hasErrors;
    private Supplier<String> editorText;
    private long versions;

    /** A document for the file at relative {@code path} holding {@code text}, as read from disk. */
    public Document(String path, String text) {
        this.path = Objects.requireNonNull(path, "Path must not be null");
        this.content = new ReadOnlyObjectWrapper<>(this, "content", new Content(Objects.requireNonNull(text, "Text must not be null"), 0));
        this.editorText = () -> content.get().text();
        this.hasErrors = Bindings.createBooleanBinding(
                () -> runtimeError.get() != null || diagnostics.stream().anyMatch(Diagnostic::isError), diagnostics, runtimeError);
    }

    /** The path relative to the sketch folder, written with {@code /}. */
    public String path() {
        return path;
    }

    /** The file name, as a tab shows it. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The text last loaded from or saved to disk. */
    public ReadOnlyObjectProperty<Content> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** Whether the editor holds edits that are not on disk. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Whether the editor holds edits that are not on disk. */
    public boolean isDirty() {
        return dirty.get();
    }

    /** The file's compile diagnostics from the latest compile. */
    public ObservableList<Diagnostic> diagnostics() {
        return diagnosticsView;
    }

    /** The runtime error to mark, or null. */
    public ReadOnlyObjectProperty<RuntimeMark> runtimeErrorProperty() {
        return runtimeError.getReadOnlyProperty();
    }

    /** The last request to show a line, or null. */
    public ReadOnlyObjectProperty<LineRequest> lineRequestProperty() {
        return lineRequest.getReadOnlyProperty();
    }

    /**
     * Text recovered after a crash that the editor should hold as unsaved edits (the disk keeps its own), or null.
     * Set by {@link Documents#restore}.
     */
    public ReadOnlyObjectProperty<Content> recoveredProperty() {
        return recovered.getReadOnlyProperty();
    }

    /** Counts the edits made in the editor, so followers such as the recovery writer know when the text changed. */
    public ReadOnlyLongProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    /** Called by the view that edits this document after every change of its text. */
    public void edited() {
        edits.set(edits.get() + 1);
    }

    /** Whether the file has a compile error or a runtime error marked, for the tab's error marker. */
    public BooleanBinding hasErrorsProperty() {
        return hasErrors;
    }

    /**
     * Called by the view that edits this document: the model reads the current text through {@code text} and
     * follows {@code editorDirty}.
     */
    public void attach(Supplier<String> text, ObservableValue<Boolean> editorDirty) {
        this.editorText = Objects.requireNonNull(text, "Text must not be null");
        dirty.bind(editorDirty);
    }

    /** The current text, with unsaved edits. */
    public String text() {
        return editorText.get();
    }

    /** The text last loaded from or saved to disk. */
    public String diskText() {
        return content.get().text();
    }

    /** Records that {@code text} is now on disk and in the editor. */
    void loaded(String text) {
        content.set(new Content(Objects.requireNonNull(text, "Text must not be null"), ++versions));
    }

    /** Asks the editor to hold {@code text} as unsaved edits. */
    void recover(String text) {
        recovered.set(new Content(Objects.requireNonNull(text, "Text must not be null"), ++versions));
    }

    void showDiagnostics(List<Diagnostic> list) {
        if (!diagnostics.equals(list)) {
            diagnostics.setAll(list);
        }
    }

    void showRuntimeError(RuntimeMark mark) {
        runtimeError.set(mark);
    }

    void requestLine(int line) {
        lineRequest.set(new LineRequest(line, ++versions));
    }
}
