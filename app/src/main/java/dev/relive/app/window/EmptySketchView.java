package dev.relive.app.window;

import dev.relive.app.workspace.SketchTemplate;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the editor area shows while the open sketch has no source files: a hint that says so and the template
 * choice, instead of a blank editor. Choosing a template writes it into the sketch, which then runs.
 */
final class EmptySketchView extends VBox {

    /** A view whose template buttons hand the choice to {@code start}; {@code newFile} asks for a file instead. */
    EmptySketchView(Consumer<SketchTemplate> start, Runnable newFile) {
        Objects.requireNonNull(start, "Start must not be null");
        setId("empty-sketch");
        getStyleClass().add("welcome-view");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        Label title = new Label("This sketch has no source files yet");
        title.getStyleClass().add("title-3");
        Label hint = new Label("Nothing runs until it has a .java file with a class that implements Sketch or has main()."
                + " Start from a template; it runs as soon as it is written.");
        hint.setWrapText(true);
        hint.setMaxWidth(440);
        hint.setMinHeight(Region.USE_PREF_SIZE); // wrap onto more lines rather than end in "…"
        getChildren().setAll(title, hint);
        for (SketchTemplate template : SketchTemplate.values()) {
            Button choose = new Button(template.label());
            choose.setId("start-" + template.name().toLowerCase(Locale.ROOT));
            choose.setMinWidth(120);
            choose.setOnAction(e -> start.accept(template));
            Label what = new Label(template.description());
            what.getStyleClass().addAll("text-muted", "text-small");
            what.setWrapText(true);
            what.setMaxWidth(440);
            what.setMinHeight(Region.USE_PREF_SIZE);
            VBox row = new VBox(2, choose, what);
            row.setAlignment(Pos.CENTER);
            getChildren().add(row);
        }
        Button file = new Button("Or start from a file of your own…", new FontIcon(MaterialDesignF.FILE_PLUS_OUTLINE));
        file.setId("empty-sketch-new-file");
        file.getStyleClass().add("flat");
        file.setOnAction(e -> newFile.run());
        getChildren().add(file);
    }
}
