/**
 * Stop requests: the engine marks a thread, and the check woven into sketch code throws at its next method entry,
 * backward jump or catch of an error. Not exported by the runtime module, so sketch code cannot release itself.
 */
package dev.relive.stop;
