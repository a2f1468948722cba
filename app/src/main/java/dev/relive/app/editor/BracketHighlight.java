package dev.relive.app.editor;

import org.fxmisc.richtext.CodeArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Boxes the bracket next to the caret and its partner, or flags the bracket red when it has none. The
 * bracket just before the caret wins over the one after it, so a bracket just typed shows its partner.
 * FX thread only.
 */
final class BracketHighlight implements OverlaySource {

    static final String MATCH = "bracket-match";
    static final String MISMATCH = "bracket-mismatch";

    /** Enough for any sane method or class body, small enough to stay well inside a frame. */
    private static final int MAX_SCAN = 200_000;
    private static final String BRACKET_CLASS = TokenKind.BRACKET.styleClass();

    private final CodeArea area;
    private final SpanPainter painter;
    private final DocumentChars chars;
    private List<Overlay> shown = List.of();

    BracketHighlight(CodeArea area, SpanPainter painter) {
        this.area = area;
        this.painter = painter;
        this.chars = new DocumentChars(area);
    }

    /** Keeps the boxes on their characters through a text change, until the next {@link #update()}. */
    void textChanged(int position, int removed, int inserted) {
        shown = shown.stream().map(o -> o.shifted(position, removed, inserted)).filter(Objects::nonNull).toList();
    }

    /** Recomputes the boxes for the current caret and repaints what changed. */
    void update() {
        List<Overlay> next = compute();
        if (next.equals(shown)) {
            return;
        }
        List<Overlay> old = shown;
        shown = next;
        painter.restyle(old);
        painter.restyle(next);
    }

    /**
     * The offset of the code {@code '{'} still open just before {@code before}, the one a {@code '}'} typed
     * there would close, or a negative {@link BracketMatcher} result.
     */
    int unclosedBrace(int before) {
        chars.invalidate();
        return BracketMatcher.unclosed(chars, before, '{', this::isCodeBracket, MAX_SCAN);
    }

    @Override
    public void collect(int from, int to, List<Overlay> out) {
        for (Overlay o : shown) {
            if (o.intersects(from, to)) {
                out.add(o);
            }
        }
    }

    private List<Overlay> compute() {
        // The caret can move before the text change is announced; never trust a paragraph cached earlier.
        chars.invalidate();
        int caret = area.getCaretPosition();
        for (int index : new int[] {caret - 1, caret}) {
            if (index >= 0 && index < area.getLength() && isCodeBracket(index)) {
                return boxes(index, BracketMatcher.partner(chars, index, this::isCodeBracket, MAX_SCAN));
            }
        }
        return List.of();
    }

    private static List<Overlay> boxes(int index, int partner) {
        List<Overlay> boxes = new ArrayList<>(2);
        if (partner >= 0) {
            boxes.add(new Overlay(Math.min(index, partner), Math.min(index, partner) + 1, MATCH));
            boxes.add(new Overlay(Math.max(index, partner), Math.max(index, partner) + 1, MATCH));
        } else if (partner == BracketMatcher.MISSING) {
            boxes.add(new Overlay(index, index + 1, MISMATCH));
        }
        return boxes;
    }

    /** A bracket the lexer saw as code: one that is painted with the bracket style. */
    private boolean isCodeBracket(int index) {
        return BracketMatcher.isBracket(chars.charAt(index)) && area.getStyleOfChar(index).contains(BRACKET_CLASS);
    }
}
