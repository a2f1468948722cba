/**
 * Guards woven into sketch bytecode with ASM, so that no mistake in sketch code can end the session: a stop
 * check at every method entry, backward jump and handler that can catch the stop; exit calls turned into errors;
 * and calls that would change the whole process ({@link dev.relive.guard.ProcessWide}) refused, whether made
 * directly, through reflection, a method reference or a method handle; and what depends on a value (which class
 * reflection reaches or opens, which file is opened) checked at run time against {@link dev.relive.guard.Reach}.
 */
package dev.relive.guard;
