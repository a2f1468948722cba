/**
 * Tweaking literals in the running code, as Processing's Tweak Mode does: Alt+drag over a number scrubs it, and
 * Alt+click on a colour opens a colour popup; every change goes live at once.
 *
 * <p>The rules are pure values, tested without a toolkit: {@link dev.relive.app.tweak.Literal} finds a number or
 * colour with the editor's lexer, {@link dev.relive.app.tweak.NumberLiteral} and
 * {@link dev.relive.app.tweak.ColorLiteral} step or recolour a literal and write it back in its own form, and
 * {@code Scrub} turns a drag into values. {@link dev.relive.app.tweak.LiveTweaks} saves and reloads with at most one
 * save in flight and makes each drag or popup one history entry; {@link dev.relive.app.tweak.ColorChoice} is the
 * popup's model. {@link dev.relive.app.tweak.TweakController} wires an editor's mouse and keys to all of it, and
 * {@link dev.relive.app.tweak.ColorPanel} is the popup's view. The look lives in {@code tweak.css}.
 */
package dev.relive.app.tweak;
