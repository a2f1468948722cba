/**
 * Guards woven into sketch bytecode with ASM, so that no mistake in sketch code can end the session: a stop
 * check at every method entry and backward jump, and exit calls turned into errors.
 */
package dev.relive.guard;
