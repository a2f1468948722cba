/**
 * In-memory compilation of a sketch: sources in, class bytes, diagnostics and field initializer texts out.
 *
 * <p>{@link dev.relive.compile.SketchCompiler} keeps javac warm between compiles and recompiles only the
 * changed files and the files that mention what they declare.
 */
package dev.relive.compile;
