package dev.relive.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The marks shown in one editor: compile diagnostics, replaced as a whole on every compile, and
 * runtime errors, at most one per line. Marks move with the text as it is edited, and vanish when
 * their text is deleted. A pure model: views ask it for overlays, messages and lines.
 */
final class ErrorMarks implements OverlaySource {

    private List<Mark> compile = List.of();
    private List<Mark> runtime = List.of();

    /** Replaces the compile marks; returns the ones replaced, whose ranges need repainting. */
    List<Mark> setCompile(List<Mark> marks) {
        List<Mark> old = compile;
        compile = List.copyOf(marks);
        return old;
    }

    /**
     * Adds a runtime mark, replacing one that starts at the same offset (the same line): a sketch that
     * fails every step must not pile up marks.
     *
     * @return the mark replaced, or null
     */
    Mark putRuntime(Mark mark) {
        List<Mark> next = new ArrayList<>(runtime.size() + 1);
        Mark replaced = null;
        for (Mark m : runtime) {
            if (m.start() == mark.start()) {
                replaced = m;
            } else {
                next.add(m);
            }
        }
        next.add(mark);
        runtime = List.copyOf(next);
        return replaced;
    }

    /** Removes every mark; returns them all. */
    List<Mark> clear() {
        List<Mark> old = all();
        compile = List.of();
        runtime = List.of();
        return old;
    }

    /** Every mark, compile marks first. */
    List<Mark> all() {
        List<Mark> all = new ArrayList<>(compile);
        all.addAll(runtime);
        return all;
    }

    /** The compile marks. */
    List<Mark> compile() {
        return compile;
    }

    /** The runtime marks. */
    List<Mark> runtime() {
        return runtime;
    }

    /** Whether there is no mark at all. */
    boolean isEmpty() {
        return compile.isEmpty() && runtime.isEmpty();
    }

    /** Marks whose range holds {@code offset}; a runtime mark holds its whole line including its end. */
    List<Mark> at(int offset) {
        List<Mark> found = new ArrayList<>();
        for (Mark m : compile) {
            if (m.start() <= offset && offset < m.end()) {
                found.add(m);
            }
        }
        for (Mark m : runtime) {
            if (m.start() <= offset && offset <= m.end()) {
                found.add(m);
            }
        }
        return found;
    }

    /**
     * Moves every mark through a text change; marks whose text was deleted are dropped.
     *
     * @return whether a mark was dropped
     */
    boolean shift(int position, int removed, int inserted) {
        int before = compile.size() + runtime.size();
        compile = shiftAll(compile, position, removed, inserted);
        runtime = shiftAll(runtime, position, removed, inserted);
        return compile.size() + runtime.size() != before;
    }

    /** Compile marks become underlines; runtime marks colour their line instead (see {@code LineBackgrounds}). */
    @Override
    public void collect(int from, int to, List<Overlay> out) {
        for (Mark m : compile) {
            if (m.hasRange() && m.start() < to && m.end() > from) {
                out.add(overlayOf(m));
            }
        }
    }

    /** The underline a mark draws, for repainting where a mark was or is. */
    static Overlay overlayOf(Mark mark) {
        return new Overlay(mark.start(), mark.end(), mark.severity().styleClass());
    }

    private static List<Mark> shiftAll(List<Mark> marks, int position, int removed, int inserted) {
        if (marks.isEmpty()) {
            return marks;
        }
        return marks.stream()
                .map(m -> m.shifted(position, removed, inserted))
                .filter(Objects::nonNull)
                .toList();
    }
}
