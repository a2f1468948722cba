/**
 * Failures of sketch code as data: {@link dev.relive.failure.SketchFailure} says in which phase of a swap the
 * user's code failed and why. It sits below the packages that raise it (loading, checks, the swap) and the
 * events that report it, so none of them depends on another through it.
 */
package dev.relive.failure;
