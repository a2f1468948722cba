/**
 * What the panes of the window share: {@link dev.relive.app.pane.PaneHeader}, the strip along the top of a pane
 * with its title on the left and its own controls on the right, styled once for every pane.
 */
package dev.relive.app.pane;
