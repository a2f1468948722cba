package dev.relive.app.assist;

import dev.relive.analysis.Completion;
import dev.relive.analysis.Completions;
import dev.relive.analysis.Rename;
import dev.relive.analysis.SketchAnalyzer;
import dev.relive.analysis.TextEdit;
import dev.relive.app.documents.Document;
import dev.relive.app.editor.CodeEditor;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.PlainTextChange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Java assistance in one editor: the completion popup (Ctrl+Space, and after {@code .}), signature help (after
 * {@code (} and {@code ,}), hover docs, go to definition (Ctrl+click, F12), find usages (Alt+F7), rename (Shift+F6)
 * and add import (Alt+Enter). Every question goes to the sketch's assist worker; an answer that arrives after the
 * person moved on (a newer question of the same kind was asked) is dropped. FX thread only.
 */
public final class EditorAssist {

    private final CodeArea area;
    private final Document document;
    private final AssistContext context;
    private final CompletionPopup completion;
    private final SignatureTip signatures;
    private final HoverTip hover;
    private long completionAsked;
    private long signatureAsked;
    private long hoverAsked;
    private boolean applying;

    private EditorAssist(CodeEditor editor, Document document, AssistContext context) {
        this.area = editor.area();
        this.document = document;
        this.context = context;
        this.completion = new CompletionPopup(area, this::accept);
        this.signatures = new SignatureTip(area);
        this.hover = new HoverTip(area);
    }

    /** Gives {@code editor}, which edits {@code document}, Java assistance answered through {@code context}. */
    public static EditorAssist attach(CodeEditor editor, Document document, AssistContext context) {
        EditorAssist assist = new EditorAssist(Objects.requireNonNull(editor, "Editor must not be null"),
                Objects.requireNonNull(document, "Document must not be null"),
                Objects.requireNonNull(context, "Context must not be null"));
        assist.initListeners();
        editor.getProperties().put(EditorAssist.class, assist);
        return assist;
    }

    /** The assistance attached to {@code editor}, if any; for tests. */
    public static Optional<EditorAssist> of(CodeEditor editor) {
        return Optional.ofNullable((EditorAssist) editor.getProperties().get(EditorAssist.class));
    }

    private void initListeners() {
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, this::mousePressed);
        area.plainTextChanges().subscribe(this::textChanged);
        area.caretPositionProperty().addListener((obs, before, now) -> caretMoved(now.intValue()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> hoverAt(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> {
            hoverAsked++;
            hover.hide();
        });
    }

    /** Opens the completion popup for the caret, as Ctrl+Space does. */
    public void complete() {
        complete(area.getCaretPosition());
    }

    /** The suggestions the popup shows now (empty when it is hidden); for tests. */
    public List<Completion> shownCompletions() {
        return completion.isShowing() ? completion.shown() : List.of();
    }

    /** The signature help shown now, one overload a line, or empty; for tests. */
    public String shownSignatures() {
        return signatures.isShowing() ? signatures.text() : "";
    }

    /** The hover text shown now, or empty; for tests. */
    public String shownHover() {
        return hover.isShowing() ? hover.text() : "";
    }

    /** Shows the hover for the name at {@code offset}, as resting the mouse there does; for tests and keyboards. */
    public void hoverAt(int offset) {
        Bounds at = area.getCharacterBoundsOnScreen(offset, Math.min(area.getLength(), offset + 1)).orElse(null);
        hoverAt(offset, at == null ? new Point2D(0, 0) : new Point2D(at.getMinX(), at.getMaxY()));
    }

    private void keyPressed(KeyEvent e) {
        if (completion.isShowing() && popupKey(e)) {
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && signatures.isShowing()) {
            signatures.hide();
            e.consume();
        } else if (e.getCode() == KeyCode.SPACE && e.isShortcutDown()) {
            complete();
            e.consume();
        } else if (e.getCode() == KeyCode.F12) {
            goToDefinition(area.getCaretPosition());
            e.consume();
        } else if (e.getCode() == KeyCode.F7 && e.isAltDown()) {
            usages(area.getCaretPosition());
            e.consume();
        } else if (e.getCode() == KeyCode.F6 && e.isShiftDown()) {
            rename(area.getCaretPosition());
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && e.isAltDown()) {
            addImport(area.getCaretPosition());
            e.consume();
        }
    }

    /** Keys the open popup takes: arrows move, Enter/Tab accept, Esc closes. */
    private boolean popupKey(KeyEvent e) {
        switch (e.getCode()) {
            case UP -> completion.move(-1);
            case DOWN -> completion.move(1);
            case PAGE_UP -> completion.move(-8);
            case PAGE_DOWN -> completion.move(8);
            case ENTER, TAB -> {
                Completion chosen = completion.selected();
                if (chosen == null) {
                    return false;
                }
                accept(chosen);
            }
            case ESCAPE -> completion.hide();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void mousePressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.isShortcutDown()) {
            goToDefinition(area.hit(e.getX(), e.getY()).getInsertionIndex());
            e.consume();
        }
    }

    private void textChanged(PlainTextChange change) {
        if (applying || !area.isEditable()) {
            return;
        }
        int caret = change.getPosition() + change.getInserted().length();
        String inserted = change.getInserted();
        if (completion.isShowing()) {
            refilter(caret);
        }
        if (inserted.equals(".")) {
            complete(caret);
        } else if (inserted.startsWith("(") || inserted.equals(",")) {
            signatureHelp(change.getPosition() + 1);
        } else if (inserted.equals(")") || inserted.equals(";")) {
            signatures.hide();
        }
    }

    private void caretMoved(int caret) {
        if (completion.isShowing() && (caret < completion.start() || !isName(area.getText(completion.start(), caret)))) {
            completion.hide();
        }
    }

    private void refilter(int caret) {
        int start = completion.start();
        if (caret < start || caret > area.getLength() || !isName(area.getText(start, caret))) {
            completion.hide();
        } else {
            completion.filter(area.getText(start, caret));
        }
    }

    private void complete(int offset) {
        long asked = ++completionAsked;
        String file = document.path();
        ask((analyzer, sketch) -> analyzer.complete(sketch, file, offset), (Completions found) -> {
            int caret = area.getCaretPosition();
            if (asked == completionAsked && caret >= found.start() && isName(area.getText(found.start(), caret))) {
                completion.show(found, area.getText(found.start(), caret));
            }
        });
    }

    private void accept(Completion chosen) {
        int start = completion.start();
        int caret = Math.max(start, area.getCaretPosition());
        completion.hide();
        applying = true;
        try {
            area.replaceText(start, caret, chosen.insert());
            int next = start + chosen.caret();
            Optional<TextEdit> addImport = SketchAnalyzer.importEdit(document.path(), area.getText(), chosen.importName());
            if (addImport.isPresent()) {
                TextEdit edit = addImport.get();
                area.replaceText(edit.start(), edit.end(), edit.text());
                if (edit.start() <= next) {
                    next += edit.text().length() - (edit.end() - edit.start());
                }
            }
            area.moveTo(next);
            area.requestFollowCaret();
        } finally {
            applying = false;
        }
        if (chosen.kind() == Completion.Kind.METHOD && chosen.caret() < chosen.insert().length()) {
            signatureHelp(area.getCaretPosition());
        }
    }

    private void signatureHelp(int offset) {
        long asked = ++signatureAsked;
        String file = document.path();
        ask((analyzer, sketch) -> analyzer.signatures(sketch, file, offset), (Optional<dev.relive.analysis.SignatureHelp> help) -> {
            if (asked != signatureAsked) {
                return;
            }
            help.ifPresentOrElse(signatures::show, signatures::hide);
        });
    }

    private void hoverAt(int offset, Point2D screen) {
        long asked = ++hoverAsked;
        String file = document.path();
        ask((analyzer, sketch) -> analyzer.hover(sketch, file, offset), (Optional<dev.relive.analysis.Hover> found) -> {
            if (asked == hoverAsked) {
                found.ifPresent(h -> {
                    hover.show(h, screen);
                    if (!h.statePath().isEmpty()) {
                        liveValue(h.statePath(), asked);
                    }
                });
            }
        });
    }

    /** Asks the engine for the value at {@code path} (read at its next step boundary) and adds it to the hover. */
    private void liveValue(String path, long asked) {
        context.inspect(path).whenComplete((node, failure) -> {
            if (asked == hoverAsked && hover.isShowing()) {
                // no value when nothing runs, or the saved code has no such field yet: the hover stays as it is
                hover.showValue(failure != null ? "" : LiveValueText.of(node));
            }
        });
    }

    /** Opens the declaration of the name at {@code offset}, in whichever sketch file has it. */
    public void goToDefinition(int offset) {
        String file = document.path();
        ask((analyzer, sketch) -> analyzer.definition(sketch, file, offset), (Optional<dev.relive.analysis.Location> found) -> {
            if (found.isEmpty()) {
                context.info("No declaration in the sketch for the name at the caret.");
                return;
            }
            dev.relive.analysis.Location at = found.get();
            context.open(at.file()).ifPresent(target -> {
                target.goToLine(at.line());
                target.area().moveTo(at.start());
                target.area().requestFollowCaret();
            });
        });
    }

    private void usages(int offset) {
        String file = document.path();
        String name = nameAt(offset);
        ask((analyzer, sketch) -> analyzer.usages(sketch, file, offset), (List<dev.relive.analysis.Location> found) -> {
            if (found.isEmpty()) {
                context.info("No usages: there is no name from the sketch at the caret.");
            } else {
                context.showUsages(name, found);
            }
        });
    }

    /** Asks for a new name for the name at {@code offset}, then renames it across the sketch and saves. */
    public void rename(int offset) {
        String name = nameAt(offset);
        if (name.isEmpty()) {
            context.info("Place the caret on a name to rename it.");
            return;
        }
        TextInputDialog dialog = new TextInputDialog(name);
        dialog.setTitle("Rename");
        dialog.setHeaderText("Rename " + name + " everywhere in the sketch to:");
        dialog.getEditor().setId("rename-field");
        if (area.getScene() != null) {
            dialog.initOwner(area.getScene().getWindow());
        }
        dialog.showAndWait().map(String::strip).filter(n -> !n.equals(name)).ifPresent(n -> rename(offset, n));
    }

    /** Renames the name at {@code offset} to {@code newName} across the sketch, then saves it all as one generation. */
    public void rename(int offset, String newName) {
        String file = document.path();
        Map<String, String> asked = context.openTexts();
        ask((analyzer, sketch) -> analyzer.rename(sketch, file, offset, newName), (Rename plan) -> {
            if (!plan.ok()) {
                context.problem("Cannot rename: " + plan.problem());
                return;
            }
            Map<String, String> now = context.openTexts();
            if (asked.entrySet().stream().anyMatch(e -> !Objects.equals(now.get(e.getKey()), e.getValue()))) {
                context.problem("Did not rename: the code changed while the rename was worked out. Try again.");
                return;
            }
            apply(plan.edits());
            context.saveAll(plan.fields());
            String renamed = plan.edits().size() + " place" + (plan.edits().size() == 1 ? "" : "s");
            context.info("Renamed to " + newName + " in " + renamed + " and saved."
                    + (plan.field() ? " The field keeps its running value under its new name." : ""));
        });
    }

    private void addImport(int offset) {
        String file = document.path();
        String name = nameAt(offset);
        ask((analyzer, sketch) -> analyzer.importsFor(sketch, file, offset), (List<String> choices) -> {
            if (choices.isEmpty()) {
                context.info("No import to add for \"" + name + "\".");
            } else if (choices.size() == 1) {
                addImport(choices.get(0));
            } else {
                ContextMenu menu = new ContextMenu();
                menu.setId("import-choices");
                for (String choice : choices) {
                    MenuItem item = new MenuItem(choice);
                    item.setOnAction(e -> addImport(choice));
                    menu.getItems().add(item);
                }
                Bounds caret = area.getCaretBounds().orElse(null);
                if (caret != null) {
                    menu.show(area, caret.getMinX(), caret.getMaxY());
                }
            }
        });
    }

    private void addImport(String qualifiedName) {
        SketchAnalyzer.importEdit(document.path(), area.getText(), qualifiedName).ifPresent(edit -> {
            int caret = area.getCaretPosition();
            area.replaceText(edit.start(), edit.end(), edit.text());
            area.moveTo(caret + (edit.start() <= caret ? edit.text().length() - (edit.end() - edit.start()) : 0));
        });
    }

    /** Applies {@code edits} to the editors of their files, opening those not open yet, last edit first. */
    private void apply(List<TextEdit> edits) {
        Map<String, List<TextEdit>> byFile = edits.stream().collect(Collectors.groupingBy(TextEdit::file));
        byFile.forEach((path, fileEdits) -> context.open(path).ifPresent(target -> {
            List<TextEdit> backwards = new ArrayList<>(fileEdits);
            backwards.sort(Comparator.comparingInt(TextEdit::start).reversed());
            int caret = target.area().getCaretPosition();
            for (TextEdit e : backwards) {
                target.area().replaceText(e.start(), e.end(), e.text());
                if (e.end() <= caret) {
                    caret += e.text().length() - (e.end() - e.start());
                }
            }
            target.area().moveTo(Math.min(caret, target.area().getLength()));
        }));
        context.open(document.path());
    }

    private <T> void ask(BiFunctionAsk<T> question, java.util.function.Consumer<T> answer) {
        CompletableFuture<T> future = context.assist().ask(context.openTexts(), question::apply);
        future.whenComplete((result, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                context.problem("The code assistant failed: " + cause);
            } else {
                answer.accept(result);
            }
        });
    }

    /** A question for the analyzer about the current sketch. */
    @FunctionalInterface
    private interface BiFunctionAsk<T> {
        T apply(SketchAnalyzer analyzer, dev.relive.analysis.SketchSnapshot sketch);
    }

    private String nameAt(int offset) {
        String text = area.getText();
        int start = Math.min(offset, text.length());
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(offset, text.length());
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean isName(String text) {
        return text.chars().allMatch(Character::isJavaIdentifierPart);
    }
}
