/**
 * The console pane: sketch output per generation, compile diagnostics, rejections, reverts and caught errors with
 * stack traces whose sketch frames are links to the source. {@link dev.relive.app.console.ConsoleFormat} turns
 * events into lines, {@link dev.relive.app.console.ConsoleModel} keeps a capped, filterable list of them, and
 * {@link dev.relive.app.console.ConsoleView} shows it in a virtualized list.
 */
package dev.relive.app.console;
