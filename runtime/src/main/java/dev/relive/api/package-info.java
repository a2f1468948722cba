/**
 * The sketch API: the few stable types that sketch code compiles against.
 *
 * <p>It is the only part of Relive that sketch class loaders can see; everything else in the runtime
 * stays invisible to sketch code.
 */
package dev.relive.api;
