package dev.relive.app.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A copy of the document kept as lexed lines, updated edit by edit. After an edit it re-lexes from the
 * first touched line, using the state the previous line ended in, and stops at the first line after the
 * edit whose start state is unchanged: from there on every line would lex exactly as before.
 *
 * <p>It also remembers which lines got new tokens since {@link #clearChanged()}, shifting that range as
 * later edits insert or delete lines, so that a highlighter can repaint exactly what changed even when
 * it skips publishing some intermediate results.
 *
 * <p>Not thread-safe: one owner at a time (the {@link Highlighter} guards it).
 */
final class IncrementalLexer {

    private final List<String> lines = new ArrayList<>();
    private final List<LexedLine> lexed = new ArrayList<>();
    private LineRange changed = LineRange.EMPTY;

    /** An empty document: one empty line. */
    IncrementalLexer() {
        lines.add("");
        lexed.add(LexedLine.lex("", LexState.CODE));
    }

    /**
     * Applies a text change: {@code removedLength} characters at {@code position} were replaced by
     * {@code inserted}. Offsets count a line break as one character.
     *
     * @return the lines that were re-lexed, in the new document
     */
    LineRange edit(int position, int removedLength, String inserted) {
        int first = lineOf(position, 0, 0);
        int firstStart = startOf(first);
        int last = lineOf(position + removedLength, first, firstStart);
        int lastStart = first == last ? firstStart : startOf(last);
        String head = lines.get(first).substring(0, position - firstStart);
        String tail = lines.get(last).substring(position + removedLength - lastStart);
        List<String> replacement = split(head + inserted + tail);

        lines.subList(first, last + 1).clear();
        lines.addAll(first, replacement);
        lexed.subList(first, last + 1).clear();
        lexed.addAll(first, Collections.nCopies(replacement.size(), null));

        changed = shift(changed, first, last, replacement.size());
        LineRange relexed = relex(first, first + replacement.size());
        changed = changed.union(relexed);
        return relexed;
    }

    /** The number of lines; a document always has at least one. */
    int lineCount() {
        return lines.size();
    }

    /** The lexed form of line {@code index}. */
    LexedLine line(int index) {
        return lexed.get(index);
    }

    /** The whole document text, lines joined by line breaks; for tests and checks, it costs a full copy. */
    String text() {
        return String.join("\n", lines);
    }

    /** Lines whose tokens changed since the last {@link #clearChanged()}. */
    LineRange changedLines() {
        return changed;
    }

    /** Forgets the changed lines, once they are known to be painted. */
    void clearChanged() {
        changed = LineRange.EMPTY;
    }

    /** Lexes lines from {@code from}, at least up to {@code mustTo}, until the start state resynchronises. */
    private LineRange relex(int from, int mustTo) {
        LexState state = from == 0 ? LexState.CODE : lexed.get(from - 1).end();
        int i = from;
        for (; i < lines.size(); i++) {
            LexedLine old = lexed.get(i);
            if (i >= mustTo && old != null && old.start() == state) {
                break;
            }
            LexedLine fresh = LexedLine.lex(lines.get(i), state);
            lexed.set(i, fresh);
            state = fresh.end();
        }
        return new LineRange(from, i);
    }

    /** The line holding {@code offset}, scanning forward from {@code line}, which starts at {@code lineStart}. */
    private int lineOf(int offset, int line, int lineStart) {
        if (offset < lineStart) {
            throw new IndexOutOfBoundsException("Offset " + offset + " before line " + line);
        }
        int start = lineStart;
        int i = line;
        while (offset > start + lines.get(i).length()) {
            start += lines.get(i).length() + 1;
            i++;
            if (i == lines.size()) {
                throw new IndexOutOfBoundsException("Offset " + offset + " past the end of the document");
            }
        }
        return i;
    }

    private int startOf(int line) {
        int start = 0;
        for (int i = 0; i < line; i++) {
            start += lines.get(i).length() + 1;
        }
        return start;
    }

    /** Moves {@code range} to account for lines {@code [first, last]} being replaced by {@code count} lines. */
    private static LineRange shift(LineRange range, int first, int last, int count) {
        if (range.isEmpty()) {
            return range;
        }
        int delta = count - (last - first + 1);
        int from = range.from() <= first ? range.from() : range.from() > last ? range.from() + delta : first;
        int to = range.to() <= first ? range.to() : range.to() > last + 1 ? range.to() + delta : first + count;
        return new LineRange(from, Math.max(from, to));
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            parts.add(text.substring(start, i));
            start = i + 1;
        }
        parts.add(text.substring(start));
        return parts;
    }
}
