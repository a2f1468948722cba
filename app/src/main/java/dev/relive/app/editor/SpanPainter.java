package dev.relive.app.editor;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The only writer of character styles in the code area. It paints lexed lines with their syntax
 * classes combined with the overlays of every {@link OverlaySource}, and re-lays overlays on a range
 * when a source changes, keeping the syntax classes already there. FX thread only.
 */
final class SpanPainter {

    private static final System.Logger LOG = System.getLogger(SpanPainter.class.getName());

    private final CodeArea area;
    private final List<OverlaySource> sources = new ArrayList<>();

    SpanPainter(CodeArea area) {
        this.area = area;
    }

    /** Registers a source whose overlays are laid over everything painted from now on. */
    void addSource(OverlaySource source) {
        sources.add(source);
    }

    /**
     * Paints {@code lines}, which start at line {@code firstLine} of a document of {@code lineCount}
     * lines that the area currently shows.
     */
    void paint(int firstLine, List<LexedLine> lines, int lineCount) {
        if (lines.isEmpty()) {
            return;
        }
        boolean lastHasBreak = firstLine + lines.size() < lineCount;
        StyleSpans<Collection<String>> syntax = SyntaxStyles.spans(lines, lastHasBreak);
        if (syntax == null) {
            return;
        }
        int from = area.getAbsolutePosition(firstLine, 0);
        if (from + syntax.length() > area.getLength()) {
            // The highlighter only paints results of the text version on screen, so this is a bug, not a race.
            LOG.log(System.Logger.Level.WARNING, "Highlight of lines {0}..{1} does not fit the text; skipped",
                    firstLine, firstLine + lines.size());
            return;
        }
        area.setStyleSpans(from, withOverlays(syntax, from));
    }

    /** Re-lays the current overlays on {@code [from, to)} over the syntax classes already painted there. */
    void restyle(int from, int to) {
        int start = Math.max(0, from);
        int end = Math.min(to, area.getLength());
        if (start >= end) {
            return;
        }
        StyleSpans<Collection<String>> syntax = area.getStyleSpans(start, end).mapStyles(SyntaxStyles::syntaxOnly);
        area.setStyleSpans(start, withOverlays(syntax, start));
    }

    /** Re-lays overlays over the ranges of {@code overlays}, typically the ones a source just dropped or added. */
    void restyle(Collection<Overlay> overlays) {
        for (Overlay overlay : overlays) {
            restyle(overlay.start(), overlay.end());
        }
    }

    private StyleSpans<Collection<String>> withOverlays(StyleSpans<Collection<String>> syntax, int offset) {
        int end = offset + syntax.length();
        List<Overlay> overlays = new ArrayList<>();
        for (OverlaySource source : sources) {
            source.collect(offset, end, overlays);
        }
        overlays.removeIf(o -> !o.intersects(offset, end));
        if (overlays.isEmpty()) {
            return syntax;
        }
        return syntax.overlay(overlaySpans(overlays, offset, end), SyntaxStyles::withOverlay);
    }

    /** Spans over {@code [offset, end)} whose style is the classes of every overlay covering each piece. */
    private static StyleSpans<Collection<String>> overlaySpans(List<Overlay> overlays, int offset, int end) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(offset, end));
        for (Overlay o : overlays) {
            cuts.add(Math.max(offset, o.start()));
            cuts.add(Math.min(end, o.end()));
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            List<String> classes = new ArrayList<>();
            for (Overlay o : overlays) {
                if (o.start() <= from && o.end() >= to && !classes.contains(o.styleClass())) {
                    classes.add(o.styleClass());
                }
            }
            builder.add(classes.isEmpty() ? SyntaxStyles.PLAIN : classes, to - from);
        }
        return builder.create();
    }
}
