/**
 * The app's one connection to the engine. {@link dev.relive.app.live.LiveEngine} is what the IDE asks of a running
 * sketch; {@link dev.relive.app.live.EngineBridge} implements it over the runtime's {@code Engine} and is the only
 * place engine events cross to the FX thread, coalesced into one {@link dev.relive.app.live.EventBatch} per pulse.
 * {@link dev.relive.app.live.LiveModel} turns events into what the toolbar and status bar show.
 */
package dev.relive.app.live;
