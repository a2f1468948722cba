/**
 * The status bar: the result of the last save in one sentence, the live generation, the last save-to-live time, the
 * run status and what the last migration kept, reset, added and dropped.
 */
package dev.relive.app.status;
