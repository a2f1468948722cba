package dev.relive.check;

/**
 * The outcome of one {@code @Check} method.
 *
 * @param name    {@code Class.method}
 * @param passed  whether it returned normally (and not {@code false})
 * @param message why it failed, or the empty string
 * @param file    the sketch file of the failing line, or the empty string
 * @param line    the failing line, or 0
 */
public record CheckResult(String name, boolean passed, String message, String file, int line) {
}
