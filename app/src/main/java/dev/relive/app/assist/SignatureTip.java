package dev.relive.app.assist;

import dev.relive.analysis.SignatureHelp;
import javafx.geometry.Bounds;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

import java.util.Objects;

/** The overloads of the call being typed, above the caret, with the current argument in bold. FX thread only. */
final class SignatureTip {

    private static final String STYLESHEET = Objects.requireNonNull(
            SignatureTip.class.getResource("assist.css"), "assist.css must sit next to the assist classes").toExternalForm();

    private final CodeArea area;
    private final Popup popup = new Popup();
    private final VBox box = new VBox(2);

    SignatureTip(CodeArea area) {
        this.area = area;
        box.setId("signature-tip");
        box.getStyleClass().add("signature-tip");
        box.getStylesheets().add(STYLESHEET);
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    /** Shows {@code help}; each overload on a line, the argument being typed in bold. */
    void show(SignatureHelp help) {
        box.getChildren().clear();
        for (SignatureHelp.Signature s : help.signatures()) {
            TextFlow line = new TextFlow();
            line.getStyleClass().add(s.accepts(help.argument()) ? "signature" : "signature-other");
            line.getChildren().add(text((s.returns().isEmpty() ? "" : s.returns() + " ") + s.name() + "(", false));
            for (int i = 0; i < s.parameters().size(); i++) {
                line.getChildren().add(text(s.parameters().get(i), i == help.argument()));
                if (i < s.parameters().size() - 1) {
                    line.getChildren().add(text(", ", false));
                }
            }
            line.getChildren().add(text(")", false));
            box.getChildren().add(line);
        }
        Bounds caret = area.getCaretBounds().orElse(null);
        if (caret == null) {
            return;
        }
        double y = caret.getMinY() - 8 - 20.0 * help.signatures().size();
        popup.show(area, caret.getMinX(), y);
    }

    /** The text shown, one overload a line, for tests. */
    String text() {
        StringBuilder all = new StringBuilder();
        box.getChildren().forEach(line -> {
            ((TextFlow) line).getChildren().forEach(t -> all.append(((Text) t).getText()));
            all.append('\n');
        });
        return all.toString();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }

    private static Text text(String content, boolean current) {
        Text t = new Text(content);
        t.getStyleClass().add(current ? "signature-current" : "signature-text");
        return t;
    }
}
