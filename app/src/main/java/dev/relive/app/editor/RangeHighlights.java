package dev.relive.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Highlights that tools outside the editor lay over text, at most one range per style class, such as the literal
 * being scrubbed. They move with the text like marks do and vanish when their text is deleted. FX thread only.
 */
final class RangeHighlights implements OverlaySource {

    private final Map<String, Overlay> shown = new LinkedHashMap<>();

    /** Shows {@code styleClass} over {@code [start, end)}; returns the overlays to repaint (the old and the new). */
    List<Overlay> put(String styleClass, int start, int end) {
        Overlay next = new Overlay(start, end, Objects.requireNonNull(styleClass, "Style class must not be null"));
        Overlay old = shown.put(styleClass, next);
        return old == null ? List.of(next) : List.of(old, next);
    }

    /** Removes the highlight of {@code styleClass}; returns the overlay to repaint, if there was one. */
    List<Overlay> remove(String styleClass) {
        Overlay old = shown.remove(styleClass);
        return old == null ? List.of() : List.of(old);
    }

    /** Moves every highlight through a text change, dropping those whose text is gone. */
    void textChanged(int position, int removed, int inserted) {
        shown.replaceAll((styleClass, o) -> o.shifted(position, removed, inserted));
        shown.values().removeIf(Objects::isNull);
    }

    /** The ranges shown, for tests. */
    Collection<Overlay> all() {
        return new ArrayList<>(shown.values());
    }

    @Override
    public void collect(int from, int to, List<Overlay> out) {
        for (Overlay o : shown.values()) {
            if (o.intersects(from, to)) {
                out.add(o);
            }
        }
    }
}
