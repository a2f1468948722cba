/**
 * The toolbar: save, run/pause, restart, stop, the step rate and the auto-revert switch, each with an icon and a
 * tooltip naming its shortcut.
 */
package dev.relive.app.toolbar;
