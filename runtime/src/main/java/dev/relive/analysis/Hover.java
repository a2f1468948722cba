package dev.relive.analysis;

/**
 * What resting the mouse on a name tells: its declaration, its type and its documentation, and for a field whose live
 * value the running program can show, where that value is.
 *
 * @param declaration the declaration as a person would write it, e.g. {@code void Canvas.ellipse(double x, ...)}
 * @param type        the type of the name where it is used; empty for types and methods
 * @param javadoc     the documentation as plain text; empty when there is none or the JDK has no sources
 * @param statePath   for a field of the sketch instance or a static field of a sketch class, its path in the live
 *                    state ({@code frame}, {@code Ball.count}, see {@code dev.relive.inspect.StatePath}); empty
 *                    for anything else (a field of other objects has one value per object, so none to show)
 */
public record Hover(String declaration, String type, String javadoc, String statePath) {

    /** A hover with no live value to show. */
    public Hover(String declaration, String type, String javadoc) {
        this(declaration, type, javadoc, "");
    }
}
