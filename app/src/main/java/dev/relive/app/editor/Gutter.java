package dev.relive.app.editor;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The column left of the text: a marker slot and the line number for every visible line. A line with
 * marks shows the icon of its worst mark, with every message in the icon's tooltip. The caret's line
 * number is emphasised. FX thread only.
 */
final class Gutter {

    /** Set on the gutter cell of the caret's line and on its number. */
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final CodeArea area;
    private final ErrorMarks marks;
    private Map<Integer, List<Mark>> marksByLine = Map.of();
    private int digits = 1;

    Gutter(CodeArea area, ErrorMarks marks) {
        this.area = area;
        this.marks = marks;
        area.setParagraphGraphicFactory(this::cell);
        area.currentParagraphProperty().addListener((obs, was, now) -> {
            recreateIfVisible(was);
            recreateIfVisible(now);
        });
    }

    /** Rebuilds every visible cell: call when marks changed, or when lines moved under existing marks. */
    void refresh() {
        marksByLine = groupByLine();
        digits = digits(area.getParagraphs().size());
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(this::cell);
    }

    /** Call after the number of lines changed; rebuilds cells only when something they show moved. */
    void lineCountChanged() {
        if (!marks.isEmpty() || digits(area.getParagraphs().size()) != digits) {
            refresh();
        }
    }

    /** The marks shown on 0-based {@code line}, for tests and tooltips. */
    List<Mark> marksOn(int line) {
        return marksByLine.getOrDefault(line, List.of());
    }

    private Node cell(int line) {
        Label number = new Label(padded(line + 1));
        number.getStyleClass().add("lineno");
        StackPane slot = new StackPane();
        slot.getStyleClass().add("gutter-marker-slot");
        List<Mark> here = marksByLine.get(line);
        if (here != null) {
            slot.getChildren().add(marker(here));
        }
        HBox cell = new HBox(slot, number);
        cell.getStyleClass().add("gutter");
        boolean current = line == area.getCurrentParagraph();
        cell.pseudoClassStateChanged(CURRENT, current);
        number.pseudoClassStateChanged(CURRENT, current);
        return cell;
    }

    private static Node marker(List<Mark> here) {
        Mark.Severity worst = Mark.Severity.worst(here);
        FontIcon icon = new FontIcon(iconOf(worst));
        icon.getStyleClass().addAll("gutter-marker", worst.styleClass());
        Tooltip tooltip = new Tooltip(here.stream().map(Mark::message).collect(Collectors.joining("\n")));
        tooltip.getStyleClass().addAll("mark-tooltip", worst.styleClass());
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(icon, tooltip);
        return icon;
    }

    private static Ikon iconOf(Mark.Severity severity) {
        return switch (severity) {
            case ERROR -> MaterialDesignA.ALERT_CIRCLE;
            case RUNTIME -> MaterialDesignL.LIGHTNING_BOLT;
            case WARNING -> MaterialDesignA.ALERT;
            case NOTE -> MaterialDesignI.INFORMATION_OUTLINE;
        };
    }

    private Map<Integer, List<Mark>> groupByLine() {
        Map<Integer, List<Mark>> byLine = new HashMap<>();
        for (Mark mark : marks.all()) {
            int line = area.offsetToPosition(Math.min(mark.start(), area.getLength()), TwoDimensional.Bias.Forward).getMajor();
            byLine.computeIfAbsent(line, l -> new ArrayList<>()).add(mark);
        }
        return byLine;
    }

    private void recreateIfVisible(int line) {
        if (area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        if (line >= area.firstVisibleParToAllParIndex() && line <= area.lastVisibleParToAllParIndex()) {
            area.recreateParagraphGraphic(line);
        }
    }

    /** The number right-aligned to the width of the largest line number, so the text column does not jump. */
    private String padded(int number) {
        String text = Integer.toString(number);
        return text.length() >= digits ? text : " ".repeat(digits - text.length()) + text;
    }

    private static int digits(int lines) {
        return Math.max(2, Integer.toString(lines).length());
    }
}
