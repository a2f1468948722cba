/**
 * The code editor: a RichTextFX {@code CodeArea} with Java highlighting from a real lexer, line numbers,
 * inline compile and runtime errors, and the editing comforts of an IDE.
 *
 * <p>{@link dev.relive.app.editor.CodeEditor} is the only entry point. Behind it, each piece has one job:
 * {@code JavaLexer} turns text into {@code Token}s line by line; {@code IncrementalLexer} re-lexes only
 * what an edit disturbs; {@code Highlighter} runs it, off the FX thread for large files, and
 * {@code SpanPainter} paints the result together with the overlays of {@code ErrorMarks},
 * {@code BracketHighlight} and {@code RangeHighlights} (ranges other tools point at); {@code Gutter},
 * {@code LineBackgrounds} and {@code MarkTooltip} show marks; {@code EditActions} and
 * {@code FindBar} handle keys and search. The look lives in {@code editor.css}.
 */
package dev.relive.app.editor;
