/**
 * The State pane: the running sketch's fields as a tree of rows (name, type, value), refreshed up to ten times a
 * second for the rows that are shown, edited in place, and numeric rows pinned to a live chart. The models
 * ({@link dev.relive.app.state.StateModel}, {@link dev.relive.app.state.PlotModel}) hold no Nodes and talk to the
 * engine only through {@link dev.relive.app.live.LiveEngine}; rows are addressed by paths ({@code balls[0].y}), so
 * expansion and pins survive a swap.
 */
package dev.relive.app.state;
