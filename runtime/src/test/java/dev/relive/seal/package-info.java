/**
 * The engine's seal, attacked through the real runner in a JVM of its own: the test JVM opens every package that
 * holds tests to unnamed modules (surefire's module mode), the runner's JVM opens nothing, so there every package
 * of the engine can be aimed at.
 */
package dev.relive.seal;
