package dev.relive.app.editor;

import java.util.List;

/**
 * Something that lays style classes over text: error marks, bracket pairs. The {@link SpanPainter} asks
 * every source each time it paints, which is how overlays survive re-highlighting.
 */
interface OverlaySource {

    /** Adds to {@code out} every overlay that intersects {@code [from, to)}. */
    void collect(int from, int to, List<Overlay> out);
}
