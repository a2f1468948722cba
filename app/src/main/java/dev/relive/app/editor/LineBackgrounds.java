package dev.relive.app.editor;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Colours whole lines through paragraph style classes: the caret's line, and lines where the running
 * sketch threw. Paragraph styles travel with paragraphs when lines are split or joined, so after each
 * edit the touched lines are reconciled with what they should show. FX thread only.
 */
final class LineBackgrounds {

    static final String CURRENT_LINE = "current-line";
    static final String RUNTIME_ERROR_LINE = "runtime-error-line";

    private final CodeArea area;
    private final ErrorMarks marks;

    LineBackgrounds(CodeArea area, ErrorMarks marks) {
        this.area = area;
        this.marks = marks;
        area.currentParagraphProperty().addListener((obs, was, now) -> {
            refresh(was);
            refresh(now);
        });
        // The caret starts on the first line. Restyling it also replaces the cell the area built eagerly,
        // before any scene, which would otherwise take its first CSS pass before its ancestors do.
        refresh(area.getCurrentParagraph());
    }

    /** Reconciles lines {@code [from, to]} with the classes they should have. */
    void refresh(int from, int to) {
        for (int line = Math.max(0, from); line <= to; line++) {
            refresh(line);
        }
    }

    /** Reconciles the lines of {@code changed} runtime marks, before and after they changed. */
    void refreshLinesOf(Collection<Mark> changed) {
        for (Mark mark : changed) {
            refresh(lineOf(mark.start()));
        }
    }

    private void refresh(int line) {
        if (line < 0 || line >= area.getParagraphs().size()) {
            return;
        }
        List<String> wanted = new ArrayList<>(2);
        if (line == area.getCurrentParagraph()) {
            wanted.add(CURRENT_LINE);
        }
        for (Mark mark : marks.runtime()) {
            if (lineOf(mark.start()) == line) {
                wanted.add(RUNTIME_ERROR_LINE);
                break;
            }
        }
        if (!wanted.equals(new ArrayList<>(area.getParagraph(line).getParagraphStyle()))) {
            area.setParagraphStyle(line, wanted);
        }
    }

    private int lineOf(int offset) {
        return area.offsetToPosition(Math.min(offset, area.getLength()), TwoDimensional.Bias.Forward).getMajor();
    }
}
