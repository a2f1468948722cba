/**
 * The history panel: every generation newest first with its status, the live one highlighted, the diff of the
 * selected generation against the live code, one-click revert and purge.
 */
package dev.relive.app.history;
