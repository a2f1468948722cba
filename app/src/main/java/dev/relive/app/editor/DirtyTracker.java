package dev.relive.app.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.fxmisc.richtext.CodeArea;

/**
 * Whether the text differs from the last saved text. It compares text, not undo positions, so undoing
 * back to the saved text, or retyping it, makes the editor clean again. The length is compared first,
 * so the full comparison runs only when a change kept the length.
 */
final class DirtyTracker {

    private final CodeArea area;
    private final ReadOnlyBooleanWrapper dirty;
    private String clean = "";

    DirtyTracker(CodeArea area, Object bean) {
        this.area = area;
        this.dirty = new ReadOnlyBooleanWrapper(bean, "dirty", false);
    }

    /** True while the text differs from the saved text. */
    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Records the current text as saved. */
    void markClean() {
        clean = area.getText();
        dirty.set(false);
    }

    /** Re-evaluates the flag; call after every text change. */
    void textChanged() {
        dirty.set(area.getLength() != clean.length() || !area.getText().equals(clean));
    }
}
