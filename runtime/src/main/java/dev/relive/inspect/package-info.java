/**
 * Seeing and changing the running sketch's state. An {@link dev.relive.inspect.Inspector} reads the live program's
 * fields (the sketch instance's and the static fields of sketch classes) into a tree of
 * {@link dev.relive.inspect.StateNode}s; an {@link dev.relive.inspect.Assigner} sets one primitive, string or enum
 * value. Both run on the runtime thread between two steps, read only what a {@link dev.relive.inspect.StatePath}
 * names, and never run sketch code: collections are read through their interfaces only when they are JDK classes,
 * and sketch objects through their fields. Work per request is bounded (depth, rows, pages of
 * {@value dev.relive.inspect.Inspector#PAGE} elements) and walked with a worklist, never recursion over user data;
 * an object met twice is shown once, later rows referring to the first. Paths are names, so they resolve afresh on
 * the new objects after a swap.
 */
package dev.relive.inspect;
