/**
 * Where sketches live on disk: the user's Relive home with its sketches folder and recent list, the bundled
 * examples and the user's copies of them (the first one made on first launch), reading and atomically writing a
 * sketch's files, validating new file names, and the file tree that shows a sketch's sources.
 */
package dev.relive.app.workspace;
