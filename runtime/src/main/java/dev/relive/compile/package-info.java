/**
 * In-memory compilation of a sketch: sources in, class bytes, diagnostics and field initializer texts out.
 *
 * <p>{@link dev.relive.compile.SketchCompiler} keeps javac warm between compiles and recompiles only the
 * changed files and the files that mention what they declare. It compiles for the running JDK's release, unless the
 * guard weaver cannot read that JDK's class files: then {@link dev.relive.compile.ReleaseLevel} caps {@code --release}
 * at the newest release the weaver reads, and the engine says so once in a notice.
 */
package dev.relive.compile;
