package dev.relive.app.assist;

import dev.relive.app.documents.Document;
import dev.relive.app.documents.Documents;
import dev.relive.compile.Diagnostic;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.util.Duration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Errors as you type: once typing in any open editor has paused for {@link #QUIET}, the open editors' text is checked
 * off the FX thread, and what is found replaces each open document's marks. A result is dropped if anything was typed
 * while it was computed (the next pause asks again); one check runs at a time and the newest text is always the one
 * checked next. Nothing is saved, swapped or added to history. FX thread only.
 */
public final class AnalysisScheduler {

    /** How long typing must pause before the text is checked. */
    public static final Duration QUIET = Duration.millis(300);

    private final Documents documents;
    private final SketchAssist assist;
    private final Consumer<String> problems;
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private final Map<Document, ChangeListener<Number>> following = new HashMap<>();
    private final ReadOnlyLongWrapper shown = new ReadOnlyLongWrapper(this, "shown");
    private boolean running;
    private boolean again;
    private String lastProblem = "";

    /** Checks the open documents of {@code documents} with {@code assist}; failures of the check go to {@code problems}. */
    public AnalysisScheduler(Documents documents, SketchAssist assist, Consumer<String> problems) {
        this.documents = Objects.requireNonNull(documents, "Documents must not be null");
        this.assist = Objects.requireNonNull(assist, "Assist must not be null");
        this.problems = Objects.requireNonNull(problems, "Problems must not be null");
        quiet.setOnFinished(e -> check());
        documents.open().forEach(this::follow);
        documents.open().addListener((ListChangeListener<Document>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::unfollow);
                change.getAddedSubList().forEach(this::follow);
            }
        });
    }

    /** Counts the results shown so far, so tests and benchmarks can wait for the next one. */
    public ReadOnlyLongProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private void follow(Document document) {
        ChangeListener<Number> edited = (obs, before, now) -> quiet.playFromStart();
        document.editsProperty().addListener(edited);
        following.put(document, edited);
    }

    private void unfollow(Document document) {
        ChangeListener<Number> edited = following.remove(document);
        if (edited != null) {
            document.editsProperty().removeListener(edited);
        }
    }

    private void check() {
        if (running) {
            again = true;
            return;
        }
        List<Document> open = List.copyOf(documents.open());
        running = true;
        Map<Document, Long> edits = open.stream().collect(Collectors.toMap(d -> d, d -> d.editsProperty().get()));
        Map<String, String> texts = open.stream().collect(Collectors.toMap(Document::path, Document::text));
        assist.diagnostics(texts).whenComplete((found, failure) -> {
            running = false;
            if (failure != null) {
                report(failure);
            } else if (edits.entrySet().stream().allMatch(e -> e.getKey().editsProperty().get() == e.getValue())
                    && documents.open().containsAll(open)) {
                documents.showAnalysis(found.stream().collect(Collectors.groupingBy(Diagnostic::file)));
                shown.set(shown.get() + 1);
            }
            if (again) {
                again = false;
                check();
            }
        });
    }

    private void report(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        String message = "Checking the code as you type failed: " + cause + ". Saving still compiles and reports errors.";
        if (!message.equals(lastProblem)) { // once, not at every keystroke
            lastProblem = message;
            problems.accept(message);
        }
    }
}
