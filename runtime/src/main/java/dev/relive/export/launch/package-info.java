/**
 * The launcher inside an exported sketch jar: it starts the sketch the way the engine would (a script's {@code main},
 * a loop's {@code setup()} then {@code step()} at 60 Hz, a {@link dev.relive.api.Visual}'s drawing in a plain AWT
 * window), with no engine at all. It depends only on the JDK, {@code dev.relive.api} and {@code dev.relive.draw},
 * because those are the only Relive classes copied into the jar next to it.
 */
package dev.relive.export.launch;
