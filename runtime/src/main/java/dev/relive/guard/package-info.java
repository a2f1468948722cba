/**
 * Guards woven into sketch bytecode with ASM, so that no mistake in sketch code can end the session: a stop
 * check at every method entry, backward jump and handler that can catch the stop; exit calls turned into errors;
 * and calls that would change the whole process ({@link dev.relive.guard.ProcessWide}) refused, whether made
 * directly, through reflection, a method reference or a method handle.
 */
package dev.relive.guard;
