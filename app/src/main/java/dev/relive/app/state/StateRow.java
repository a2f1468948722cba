package dev.relive.app.state;

/**
 * One shown row of the State pane.
 *
 * @param path       its address, such as {@code balls[0].y}
 * @param name       the field name, {@code [i]} or the class name
 * @param type       the value's type
 * @param value      the value as text
 * @param depth      how far it is indented (0 for the sketch's own fields)
 * @param expandable whether it has rows beneath it
 * @param expanded   whether they are shown
 * @param editable   whether it can be edited in place
 * @param changed    whether its value differs from the previous refresh (the view flashes it)
 * @param numeric    whether it can be pinned to the chart
 */
public record StateRow(String path, String name, String type, String value, int depth, boolean expandable,
                       boolean expanded, boolean editable, boolean changed, boolean numeric) {
}
