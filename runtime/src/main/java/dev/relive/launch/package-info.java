/**
 * The runner jar's launcher: starts the runtime as a named module from {@code java -jar}, so sketch code meets the
 * module's walls on every launch path.
 */
package dev.relive.launch;
