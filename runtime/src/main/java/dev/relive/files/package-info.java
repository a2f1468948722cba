/**
 * Crash-safe file writes (temporary file, then an atomic move), shared by reverts, the history store and the IDE's
 * saves; durable ones also force file and folder to the disk, so a power cut cannot undo them.
 */
package dev.relive.files;
