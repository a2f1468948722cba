package dev.relive.app.editor;

import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows the messages of the marks under the mouse when it rests on marked text, and hides them when it
 * moves off. FX thread only.
 */
final class MarkTooltip {

    private static final Duration HOVER_DELAY = Duration.ofMillis(350);
    /** Below the pointer, so the tooltip does not hide the text it explains. */
    private static final double OFFSET_Y = 18;

    private final CodeArea area;
    private final ErrorMarks marks;
    private final Tooltip tooltip = new Tooltip();

    MarkTooltip(CodeArea area, ErrorMarks marks) {
        this.area = area;
        this.marks = marks;
        tooltip.getStyleClass().add("mark-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(640);
        area.setMouseOverTextDelay(HOVER_DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> show(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tooltip.hide());
    }

    /** The tooltip, for tests. */
    Tooltip tooltip() {
        return tooltip;
    }

    private void show(int index, Point2D screen) {
        List<Mark> here = marks.at(index);
        if (here.isEmpty()) {
            tooltip.hide();
            return;
        }
        for (Mark.Severity severity : Mark.Severity.values()) {
            tooltip.getStyleClass().remove(severity.styleClass());
        }
        tooltip.getStyleClass().add(Mark.Severity.worst(here).styleClass());
        tooltip.setText(here.stream().map(Mark::message).collect(Collectors.joining("\n")));
        tooltip.show(area, screen.getX(), screen.getY() + OFFSET_Y);
    }
}
