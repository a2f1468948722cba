/**
 * The editor's understanding of Java, on top of the runtime's {@code dev.relive.analysis}: errors underlined as you
 * type ({@link dev.relive.app.assist.AnalysisScheduler}), the completion popup, signature help, hover docs, go to
 * definition, find usages, rename and add import ({@link dev.relive.app.assist.EditorAssist}).
 *
 * <p>Every question runs on one of two named worker threads owned by {@link dev.relive.app.assist.SketchAssist}
 * (errors on one, the caret's questions on the other, so a long error check never delays a completion), against the
 * open editors' text, never the disk's alone, and never through the engine: nothing is saved, swapped or added to
 * history. Answers come back on the FX thread and are dropped when the text changed meanwhile.
 *
 * <p>Two actions reach the running program, through {@link dev.relive.app.assist.AssistContext} and never on the FX
 * thread: the hover of a field with one live value (a field of the sketch instance, a static field) asks the engine to
 * read it at its next step boundary and adds it to the tip ({@code LiveValueText}); a rename of a field tells the
 * engine the old and new names with the save it makes, so the field keeps its running value.
 */
package dev.relive.app.assist;
