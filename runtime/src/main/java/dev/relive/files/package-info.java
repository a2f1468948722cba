/** Crash-safe file writes, shared by reverts, the history store and the IDE's saves. */
package dev.relive.files;
