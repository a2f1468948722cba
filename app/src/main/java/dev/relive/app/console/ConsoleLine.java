package dev.relive.app.console;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of the console.
 *
 * @param kind       what it is, which decides its style
 * @param generation the generation it came from, or 0 for lines that belong to none
 * @param text       the text, without the generation tag
 * @param link       where in the sketch it points, for diagnostics and sketch stack frames
 */
public record ConsoleLine(Kind kind, int generation, String text, Optional<SourceLink> link) {

    /** What a console line is. */
    public enum Kind {
        /** Sketch standard output. */
        OUT,
        /** Sketch standard error. */
        ERR,
        /** What the engine did: compiled, went live, paused. */
        INFO,
        /** Something to notice: an automatic revert, a paused loop. */
        WARNING,
        /** A compile error, a rejection, an exception. */
        ERROR,
        /** One frame of a stack trace. */
        TRACE
    }

    public ConsoleLine {
        Objects.requireNonNull(kind, "Kind must not be null");
        Objects.requireNonNull(text, "Text must not be null");
        Objects.requireNonNull(link, "Link must not be null; use Optional.empty()");
    }

    /** A line with no link. */
    public static ConsoleLine of(Kind kind, int generation, String text) {
        return new ConsoleLine(kind, generation, text, Optional.empty());
    }

    /** A line pointing at {@code link}. */
    public static ConsoleLine linked(Kind kind, int generation, String text, SourceLink link) {
        return new ConsoleLine(kind, generation, text, Optional.of(link));
    }

    /** The text as shown, tagged with its generation: {@code [3] frame 120}. */
    public String display() {
        return generation > 0 ? "[" + generation + "] " + text : text;
    }
}
