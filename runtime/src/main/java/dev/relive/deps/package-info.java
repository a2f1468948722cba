/**
 * A sketch's Maven dependencies: {@code //DEPS group:artifact:version} lines (JBang's convention) in any of its
 * source files, resolved transitively with Maven Resolver into the user's local Maven repository (shared with
 * Maven; the {@code relive.m2.repository} system property points elsewhere), whose jars then join the sketch's
 * class path exactly like jars in {@code lib/}.
 *
 * <p>{@link dev.relive.deps.DepsLines} finds the lines, {@link dev.relive.deps.DependencyResolver} talks to Maven
 * Resolver, and {@link dev.relive.deps.SketchDependencies} keeps one sketch's last resolution so an unchanged set
 * of lines costs a text scan only. A failure (bad coordinate, unknown artifact, no network with nothing cached)
 * becomes an error on the {@code //DEPS} line, so the generation fails like a compile error and the live one keeps
 * running. Once resolved, the jars come from the local repository without the network.
 */
package dev.relive.deps;
