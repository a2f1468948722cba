package dev.relive.app.window;

import dev.relive.analysis.Location;
import dev.relive.app.assist.AssistContext;
import dev.relive.app.assist.SketchAssist;
import dev.relive.app.console.ConsoleLine;
import dev.relive.app.console.SourceLink;
import dev.relive.app.documents.Document;
import dev.relive.app.documents.EditorTabsView;
import dev.relive.app.editor.CodeEditor;
import dev.relive.app.session.SketchSession;
import dev.relive.inspect.StateNode;
import dev.relive.migrate.FieldRenames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The open session and its editor tabs, as the editor's Java assistance sees them. */
final class SessionAssistContext implements AssistContext {

    private final SketchSession session;
    private final Supplier<EditorTabsView> tabs;

    /** {@code tabs} is asked late: editors are attached while the tabs view is still being built. */
    SessionAssistContext(SketchSession session, Supplier<EditorTabsView> tabs) {
        this.session = session;
        this.tabs = tabs;
    }

    @Override
    public SketchAssist assist() {
        return session.assist();
    }

    @Override
    public Map<String, String> openTexts() {
        return session.documents().open().stream().collect(Collectors.toMap(Document::path, Document::text));
    }

    @Override
    public Optional<CodeEditor> open(String path) {
        return session.documents().open(path).flatMap(d -> tabs.get().editor(path));
    }

    @Override
    public void saveAll(FieldRenames renames) {
        session.saveAll(renames);
    }

    @Override
    public CompletionStage<StateNode> inspect(String path) {
        return session.inspect(path);
    }

    @Override
    public void showUsages(String name, List<Location> usages) {
        List<ConsoleLine> lines = new ArrayList<>();
        lines.add(ConsoleLine.of(ConsoleLine.Kind.INFO, 0, usages.size() + " usage" + (usages.size() == 1 ? "" : "s")
                + " of " + name + " (click one to go there):"));
        for (Location l : usages) {
            lines.add(ConsoleLine.linked(ConsoleLine.Kind.INFO, 0, "  " + l, new SourceLink(l.file(), l.line())));
        }
        session.console().append(lines);
    }

    @Override
    public void problem(String message) {
        session.problem(message);
    }

    @Override
    public void info(String message) {
        session.console().note(ConsoleLine.Kind.INFO, message);
    }
}
