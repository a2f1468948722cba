/**
 * In-memory compilation of a sketch: sources in, class bytes, diagnostics and field initializer texts out.
 *
 * <p>{@link dev.relive.compile.SketchCompiler} keeps javac warm between compiles: one file manager, and where
 * javac's task pool is reachable one reused javac context, swept of the sketch's classes after every compile
 * ({@link dev.relive.compile.JavacTasks}, {@link dev.relive.compile.SymbolSweeper}). The editor's analysis takes its
 * tasks from {@link dev.relive.compile.JavacTasks} too, each analysis worker with a warm context of its own.
 *
 * <p>It compiles for the running JDK's release, unless the guard weaver cannot read that JDK's class files: then
 * {@link dev.relive.compile.ReleaseLevel} caps {@code --release} at the newest release the weaver reads, and the
 * engine says so once in a notice.
 *
 * <p>A file's field initializer texts and the initializer methods inserted into its text
 * ({@link dev.relive.compile.InitializerMethods}) come from a scan of its parse. The scan is cached by text, so a
 * file compiled again unchanged (a dependent) is parsed only by javac. A changed file is parsed once: its last scan
 * is moved across the edited stretch of text without parsing ({@code InitializerMethods.movedTo}), javac compiles
 * the text with those methods in, and a task listener scans javac's own tree of it as the parse finishes; if that
 * scan plans other methods or declares other classes than the guess (the edit added, renamed or retyped a field,
 * or broke the syntax), the compile starts again from a parse of its own, so a guess never changes a result. A new
 * file, or one whose last scan had syntax errors, is parsed on its own first, then by javac.
 *
 * <h2>Which files an incremental compile recompiles</h2>
 * The graph comes from the class files of the last good compile, read with ASM
 * ({@link dev.relive.compile.ClassReferences}), never from the sources' text. With <i>touched</i> the set of
 * classes whose meaning may have changed:
 * <ol>
 *   <li>Every class declared by a changed, added or removed file is touched.</li>
 *   <li>Every subtype of a touched class is touched: code that names the subtype may reach the supertype's members,
 *       constants included, through it ({@code Leaf.K}, {@code invokevirtual Leaf.f}).</li>
 *   <li>Every class whose API (supertypes, non-private member signatures, throws clauses) mentions a touched class is
 *       touched: what its members mean to callers may have changed although its source did not.</li>
 *   <li>A file is recompiled if it changed, if any of its classes' class files names a touched class anywhere
 *       (class constants, owners, descriptors, signatures, annotations, bootstrap arguments), or if it reads a
 *       constant of a touched class.</li>
 *   <li>javac copies constants into their readers and leaves no reference behind, so constant reads are recorded
 *       while compiling, from javac's attributed trees ({@link dev.relive.compile.ConstantUses}): the declaring
 *       class and the class named in {@code Sub.K}. A recompiled file that declares constants may compute them from
 *       touched ones ({@code static final int A = Base.K + 1}), so its classes become touched too, and the rules
 *       run again until nothing more is added.</li>
 *   <li>When a changed file declares a class name the sketch did not have, the compile is a full one: a new name can
 *       change what an unchanged file's simple names resolve to (a same-package class hides an on-demand import),
 *       which no class file records.</li>
 * </ol>
 * A differential test holds this to a full recompile over hundreds of random edits.
 */
package dev.relive.compile;
