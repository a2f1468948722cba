package dev.relive.app.editor;

import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;

/**
 * The typing comforts of a code editor: Enter keeps the indent (one more after {@code '{'}), Tab and
 * Shift+Tab indent and outdent, {@code '}'} on a blank line snaps back to its brace's indent, and
 * Ctrl+/ toggles line comments. Every command is one text replacement, so it is one undo step.
 * FX thread only.
 */
final class EditActions {

    private final CodeArea area;
    private final BracketHighlight brackets;

    EditActions(CodeArea area, BracketHighlight brackets) {
        this.area = area;
        this.brackets = brackets;
    }

    /** Binds the keys; they take precedence over the area's own bindings. */
    void install() {
        Nodes.addInputMap(area, InputMap.sequence(
                consume(keyPressed(KeyCode.ENTER), e -> newline()),
                consume(keyPressed(KeyCode.ENTER, SHIFT_DOWN), e -> newline()),
                consume(keyPressed(KeyCode.TAB), e -> tab()),
                consume(keyPressed(KeyCode.TAB, SHIFT_DOWN), e -> outdent()),
                consume(keyPressed(KeyCode.SLASH, SHORTCUT_DOWN), e -> toggleComment()),
                consume(keyPressed(KeyCode.DIVIDE, SHORTCUT_DOWN), e -> toggleComment()),
                consume(EventPattern.keyTyped().onlyIf(EditActions::isClosingBrace), e -> closeBrace())));
    }

    /** Breaks the line, indenting the new one like the current one, one step deeper after {@code '{'}. */
    void newline() {
        if (!area.isEditable()) {
            return;
        }
        IndexRange selection = area.getSelection();
        String before = lineBefore(selection.getStart());
        String after = lineAfter(selection.getEnd());
        String indent = LineEdits.indentOf(before);
        boolean opens = before.stripTrailing().endsWith("{");
        String insertion = "\n" + indent + (opens ? LineEdits.INDENT : "");
        int caret = selection.getStart() + insertion.length();
        if (opens && after.stripLeading().startsWith("}")) {
            insertion += "\n" + indent;
        }
        // Blanks after the caret would otherwise stack on top of the new indent.
        int blanksAfter = LineEdits.indentOf(after).length();
        area.replaceText(selection.getStart(), selection.getEnd() + blanksAfter, insertion);
        area.moveTo(caret);
        area.requestFollowCaret();
    }

    /** Indents the selected lines when the selection spans lines; otherwise inserts four spaces. */
    void tab() {
        if (!area.isEditable()) {
            return;
        }
        IndexRange selection = area.getSelection();
        if (lineOf(selection.getStart()) != lineOf(selection.getEnd())) {
            editLines(LineEdits::indent);
        } else {
            area.replaceSelection(LineEdits.INDENT);
        }
    }

    /** Removes one indent from the selected lines, or from the caret's line. */
    void outdent() {
        editLines(LineEdits::outdent);
    }

    /** Comments or uncomments the selected lines, or the caret's line. */
    void toggleComment() {
        editLines(LineEdits::toggleComment);
    }

    /** Types {@code '}'}; on a blank line it first takes the indent of the line whose brace it closes. */
    void closeBrace() {
        if (!area.isEditable()) {
            return;
        }
        IndexRange selection = area.getSelection();
        String before = lineBefore(selection.getStart());
        if (selection.getLength() > 0 || before.isEmpty() || !before.isBlank()) {
            area.replaceSelection("}");
            return;
        }
        int caret = selection.getStart();
        int open = brackets.unclosedBrace(caret);
        String indent = open >= 0
                ? LineEdits.indentOf(lineBefore(open))
                : before.substring(Math.min(before.length(), LineEdits.INDENT.length()));
        area.replaceText(caret - before.length(), caret, indent + "}");
    }

    /** Rewrites the lines touched by the selection as one change and keeps the selection on its text. */
    private void editLines(Function<List<String>, List<LineEdits.Change>> edit) {
        if (!area.isEditable()) {
            return;
        }
        TwoDimensional.Position anchor = position(area.getAnchor());
        TwoDimensional.Position caret = position(area.getCaretPosition());
        boolean anchorStarts = area.getAnchor() < area.getCaretPosition();
        boolean caretStarts = area.getCaretPosition() < area.getAnchor();
        int first = Math.min(anchor.getMajor(), caret.getMajor());
        TwoDimensional.Position end = anchor.getMajor() > caret.getMajor() ? anchor : caret;
        // A selection ending at the very start of a line does not take that line with it.
        int last = end.getMajor() > first && end.getMinor() == 0 && area.getSelection().getLength() > 0
                ? end.getMajor() - 1 : end.getMajor();
        List<String> lines = new ArrayList<>(last - first + 1);
        for (int line = first; line <= last; line++) {
            lines.add(area.getParagraph(line).getText());
        }
        List<LineEdits.Change> changes = edit.apply(lines);
        if (changes.stream().allMatch(LineEdits.Change::isNone)) {
            return;
        }
        int blockStart = area.getAbsolutePosition(first, 0);
        int blockEnd = area.getAbsolutePosition(last, lines.get(lines.size() - 1).length());
        area.replaceText(blockStart, blockEnd, LineEdits.apply(lines, changes));
        area.selectRange(moved(anchor, anchorStarts, first, last, changes), moved(caret, caretStarts, first, last, changes));
        area.requestFollowCaret();
    }

    /**
     * Where a selection end lands after the edit. A selection that starts at the very start of a line
     * keeps starting there, so whole selected lines stay whole.
     */
    private int moved(TwoDimensional.Position point, boolean isStart, int first, int last, List<LineEdits.Change> changes) {
        int line = point.getMajor();
        boolean keepsLineStart = isStart && point.getMinor() == 0;
        int column = line >= first && line <= last && !keepsLineStart
                ? changes.get(line - first).map(point.getMinor()) : point.getMinor();
        return area.getAbsolutePosition(line, column);
    }

    private String lineBefore(int offset) {
        TwoDimensional.Position p = position(offset);
        return area.getParagraph(p.getMajor()).getText().substring(0, p.getMinor());
    }

    private String lineAfter(int offset) {
        TwoDimensional.Position p = position(offset);
        return area.getParagraph(p.getMajor()).getText().substring(p.getMinor());
    }

    private int lineOf(int offset) {
        return position(offset).getMajor();
    }

    private TwoDimensional.Position position(int offset) {
        return area.offsetToPosition(offset, TwoDimensional.Bias.Forward);
    }

    private static boolean isClosingBrace(KeyEvent e) {
        return "}".equals(e.getCharacter()) && !e.isShortcutDown();
    }
}
