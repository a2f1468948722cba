package dev.relive.app.window;

import dev.relive.app.documents.Document;
import dev.relive.app.documents.Documents;
import dev.relive.app.editor.CodeEditor;
import dev.relive.app.workspace.Settings;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps the layout of one sketch's views across launches: the editor font size (one size for every editor), the
 * positions of the window's dividers, and the sketch's open tabs, the selected one and each tab's caret. The tabs
 * and carets belong to the sketch they were kept for, so they come back only when that sketch opens again. Caret
 * moves are written a moment after the caret rests, not on every key. FX thread only.
 */
final class KeptLayout {

    /** How long the caret rests before its place is written. */
    private static final Duration CARET_REST = Duration.millis(400);

    private final Settings settings;
    private final SessionView view;
    private final Documents documents;
    private final String folder;
    private final PauseTransition caretRest = new PauseTransition(CARET_REST);
    private boolean restoring;
    private boolean closed;

    private KeptLayout(Settings settings, SessionView view) {
        this.settings = settings;
        this.view = view;
        this.documents = view.session().documents();
        this.folder = view.session().folder().root().toAbsolutePath().normalize().toString();
    }

    /** Restores what {@code settings} kept into {@code view} and keeps every later change, until {@link #close()}. */
    static KeptLayout follow(Settings settings, SessionView view) {
        KeptLayout kept = new KeptLayout(Objects.requireNonNull(settings, "Settings must not be null"),
                Objects.requireNonNull(view, "View must not be null"));
        kept.followSplits();
        kept.followTabs();
        return kept;
    }

    /**
     * The view is gone (another sketch opened, or the window closed): a caret move still waiting is written now, and
     * nothing is written after, so a closed window never writes into a home that is being cleared.
     */
    void close() {
        if (closed) {
            return;
        }
        boolean waiting = caretRest.getStatus() == javafx.animation.Animation.Status.RUNNING;
        caretRest.stop();
        if (waiting) {
            keepTabs();
        }
        closed = true;
    }

    private void followSplits() {
        for (SplitPane split : view.splits()) {
            String key = "split." + split.getId();
            settings.text(key).flatMap(KeptLayout::positions)
                    .filter(p -> p.length == split.getDividers().size())
                    .ifPresent(split::setDividerPositions);
            split.getDividers().forEach(d -> d.positionProperty().addListener((obs, was, now) -> keep(key,
                    Arrays.stream(split.getDividerPositions()).mapToObj(p -> String.format(java.util.Locale.ROOT, "%.4f", p))
                            .collect(Collectors.joining(",")))));
        }
    }

    private void keep(String key, Object value) {
        if (!closed) {
            settings.put(key, value);
        }
    }

    private static Optional<double[]> positions(String text) {
        try {
            double[] positions = Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
            return Arrays.stream(positions).allMatch(p -> p >= 0 && p <= 1) ? Optional.of(positions) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty(); // a hand-edited value that is not a list of fractions: the default layout is meant then
        }
    }

    private void followTabs() {
        // Read before anything is written: opening the sketch opens its first file, which is kept at once.
        boolean same = settings.text("tabs.folder").filter(folder::equals).isPresent();
        List<String> keptOpen = same ? list(settings.text("tabs.open").orElse("")) : List.of();
        String keptSelected = same ? settings.text("tabs.selected").orElse(null) : null;
        java.util.Map<String, Integer> carets = new java.util.HashMap<>();
        for (String path : keptOpen) {
            settings.number("tabs.caret." + path).ifPresent(caret -> carets.put(path, caret.intValue()));
        }
        documents.open().forEach(this::followEditor);
        documents.open().addListener((ListChangeListener<Document>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::followEditor);
            }
            keepTabs();
        });
        documents.selectedProperty().addListener((obs, was, now) -> keepTabs());
        caretRest.setOnFinished(e -> keepTabs());
        // The workbench opens the sketch's first file right after showing its views: restore after that.
        Platform.runLater(() -> {
            if (!closed) {
                restoreTabs(keptOpen, keptSelected, carets);
            }
        });
    }

    /** Opens the tabs kept for this sketch that still exist, puts their carets back and selects the one kept. */
    private void restoreTabs(List<String> keptOpen, String keptSelected, java.util.Map<String, Integer> carets) {
        restoring = true;
        try {
            for (String path : keptOpen) {
                if (documents.files().contains(path)) {
                    documents.open(path);
                }
            }
            if (keptSelected != null) {
                documents.find(keptSelected).ifPresent(documents::select);
            }
        } finally {
            restoring = false;
        }
        // The editors lay out their text on the next pulse; the carets go back once they have, and then are kept.
        Platform.runLater(() -> {
            if (!closed) {
                carets.forEach((path, caret) -> view.tabs().editor(path).ifPresent(editor -> putCaret(editor, caret)));
                keepTabs();
            }
        });
    }

    private static void putCaret(CodeEditor editor, int caret) {
        int at = Math.max(0, Math.min(caret, editor.area().getLength()));
        editor.goToLine(editor.area().offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor() + 1);
        editor.area().moveTo(at);
    }

    private void followEditor(Document document) {
        Platform.runLater(() -> view.tabs().editor(document.path()).ifPresent(editor -> {
            settings.number("editor.fontSize").ifPresent(size -> editor.fontSizeProperty().set(size.intValue()));
            editor.fontSizeProperty().addListener((obs, was, now) -> fontSizeChanged(now.intValue()));
            editor.area().caretPositionProperty().addListener((obs, was, now) -> caretRest.playFromStart());
        }));
    }

    /** One size for every editor: a zoom in one tab zooms them all, and the size is kept. */
    private void fontSizeChanged(int size) {
        keep("editor.fontSize", size);
        documents.open().forEach(d -> view.tabs().editor(d.path())
                .filter(e -> e.fontSizeProperty().get() != size)
                .ifPresent(e -> e.fontSizeProperty().set(size)));
    }

    private void keepTabs() {
        if (restoring || closed) {
            return;
        }
        List<String> open = new ArrayList<>();
        for (Document d : documents.open()) {
            open.add(d.path());
            view.tabs().editor(d.path()).ifPresent(e -> settings.put("tabs.caret." + d.path(), e.area().getCaretPosition()));
        }
        settings.put("tabs.folder", folder);
        settings.put("tabs.open", String.join("\n", open));
        documents.selected().ifPresent(d -> settings.put("tabs.selected", d.path()));
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
