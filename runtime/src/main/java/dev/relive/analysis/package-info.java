/**
 * Understands a sketch's Java as it is being typed, for the editor: errors before saving, completion, signature
 * help, hover, definition, usages, rename and imports. It uses javac's own API (a {@code JavacTask} that parses and,
 * where a question needs it, attributes only up to the tree asked about through {@code Trees.getScope}), the way
 * JShell's source analysis answers completion; no language server, no other compiler. It never generates classes,
 * never touches the engine and never writes files: answers are values ({@link dev.relive.analysis.Completion},
 * {@link dev.relive.analysis.Hover}, {@link dev.relive.analysis.TextEdit}) that the IDE applies.
 *
 * <p>{@link dev.relive.analysis.SketchAnalyzer} is the entry point; it is not thread-safe and is meant to be owned by
 * one worker thread. Its tasks come from {@link dev.relive.compile.JavacTasks}, as the engine's compiles do, so each
 * question runs in a reused, warm javac context (the JDK's classes read once) that is swept of the sketch's classes
 * and the API's sources after every question. Parsed trees never outlive a question: javac attributes them in place. The {@code dev.relive.api} sources ship inside the runtime jar so their javadoc shows on hover;
 * JDK javadoc is read from the JDK's {@code lib/src.zip} when it has one.
 */
package dev.relive.analysis;
