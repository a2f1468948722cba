/**
 * Unsaved edits survive a crash. While a tab is dirty, {@link dev.relive.app.recovery.RecoveryWriter} keeps its text
 * in the {@link dev.relive.app.recovery.RecoveryStore} under the Relive home, a quiet second after the last keystroke,
 * on its own thread and atomically; saving, closing the tab or closing the sketch cleanly deletes the copy. On the
 * next start, {@link dev.relive.app.recovery.RestoreDialog} offers what a crash left, and
 * {@link dev.relive.app.recovery.RecoveredEdits} restores it into dirty tabs or discards it.
 */
package dev.relive.app.recovery;
