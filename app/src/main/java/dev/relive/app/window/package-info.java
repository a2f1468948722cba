/**
 * The main window: its menu bar with every shortcut and the bundled examples, the layout of one sketch's views, the
 * welcome view shown when no sketch is open, the window-level actions with their dialogs (open folder, open an
 * example, new file, unsaved edits, purge) and the light and dark themes.
 */
package dev.relive.app.window;
