/**
 * The checks view: the {@code @Check} results of the newest checked generation, each with a pass or fail icon, its
 * message and, for a failure, a link to the line that failed, plus the "hold swap on failing checks" switch.
 * {@link dev.relive.app.checks.ChecksModel} follows the engine's check events; {@link dev.relive.app.checks.ChecksView}
 * shows it.
 */
package dev.relive.app.checks;
