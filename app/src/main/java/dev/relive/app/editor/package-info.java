/**
 * The code editor: a RichTextFX {@code CodeArea} with Java highlighting from a real lexer, line numbers,
 * inline compile and runtime errors, and the editing comforts of an IDE.
 */
package dev.relive.app.editor;
