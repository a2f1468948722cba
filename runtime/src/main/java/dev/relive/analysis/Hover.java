package dev.relive.analysis;

/**
 * What resting the mouse on a name tells: its declaration, its type and its documentation.
 *
 * @param declaration the declaration as a person would write it, e.g. {@code void Canvas.ellipse(double x, ...)}
 * @param type        the type of the name where it is used; empty for types and methods
 * @param javadoc     the documentation as plain text; empty when there is none or the JDK has no sources
 */
public record Hover(String declaration, String type, String javadoc) {
}
