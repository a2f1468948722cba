/**
 * The files open in the editor: a {@link dev.relive.app.documents.Document} model per open file (what is on disk,
 * whether it has unsaved edits, its compile and runtime error marks), {@link dev.relive.app.documents.Documents}
 * which opens, saves and reloads them and routes engine errors to the right file, and the tab pane that shows one
 * {@code CodeEditor} per document.
 */
package dev.relive.app.documents;
