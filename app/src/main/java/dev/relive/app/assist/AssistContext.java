package dev.relive.app.assist;

import dev.relive.analysis.Location;
import dev.relive.app.editor.CodeEditor;
import dev.relive.inspect.StateNode;
import dev.relive.migrate.FieldRenames;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** What the editor's assistance needs from the open sketch, without knowing the session or the window. */
public interface AssistContext {

    /** The analysis workers of the sketch. */
    SketchAssist assist();

    /** Path to current text of every open editor, saved or not. */
    Map<String, String> openTexts();

    /** Opens {@code path} (or selects its tab) and returns its editor; empty, with the reason told, if it cannot. */
    Optional<CodeEditor> open(String path);

    /**
     * Saves every open file with unsaved edits and makes them live together, as one generation, carrying the running
     * value of each field in {@code renames} to its new name.
     */
    void saveAll(FieldRenames renames);

    /**
     * The live value at {@code path} in the running sketch with its first elements, read by the engine at its next
     * step boundary; completes on the FX thread, and fails when nothing runs or the path names nothing.
     */
    CompletionStage<StateNode> inspect(String path);

    /** Lists {@code usages} of {@code name} where the person can follow each one to its line. */
    void showUsages(String name, List<Location> usages);

    /** Tells the person something went wrong or cannot be done, in words. */
    void problem(String message);

    /** Tells the person what an action did. */
    void info(String message);
}
