package dev.relive.app.editor;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The area's text as a {@link CharSequence} without copying it: characters are read from the paragraph
 * holding them, and the last paragraph used is remembered, so scanning forwards or backwards costs
 * little per character. Line breaks read as {@code '\n'}. FX thread only; {@link #invalidate()} it before
 * each scan, so it reflects the current text.
 */
final class DocumentChars implements CharSequence {

    private final CodeArea area;
    private int paragraph = -1;
    private int paragraphStart;
    private String paragraphText = "";

    DocumentChars(CodeArea area) {
        this.area = area;
    }

    @Override
    public int length() {
        return area.getLength();
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= area.getLength()) {
            throw new IndexOutOfBoundsException("Index " + index + " outside text of length " + area.getLength());
        }
        if (!holds(index)) {
            locate(index);
        }
        int column = index - paragraphStart;
        return column == paragraphText.length() ? '\n' : paragraphText.charAt(column);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return area.getText(start, end);
    }

    @Override
    public String toString() {
        return area.getText();
    }

    /** Forgets the cached paragraph; call before each scan, as the text may have changed since the last. */
    void invalidate() {
        paragraph = -1;
    }

    private boolean holds(int index) {
        return paragraph >= 0 && paragraph < area.getParagraphs().size()
                && index >= paragraphStart && index <= paragraphStart + paragraphText.length();
    }

    private void locate(int index) {
        int count = area.getParagraphs().size();
        if (paragraph >= 0 && paragraph + 1 < count && index == paragraphStart + paragraphText.length() + 1) {
            paragraphStart = index;
            paragraph++;
        } else if (paragraph > 0 && index == paragraphStart - 1) {
            paragraph--;
            paragraphStart -= area.getParagraphLength(paragraph) + 1;
        } else {
            TwoDimensional.Position position = area.offsetToPosition(index, TwoDimensional.Bias.Forward);
            paragraph = position.getMajor();
            paragraphStart = index - position.getMinor();
        }
        paragraphText = area.getParagraph(paragraph).getText();
    }
}
