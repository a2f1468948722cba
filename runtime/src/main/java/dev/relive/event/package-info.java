/**
 * What the engine tells the world: one immutable record per event, the same ones the CLI prints as JSON
 * lines and the IDE turns into property changes. Their vocabularies are enums ({@link dev.relive.event.RunStatus},
 * {@link dev.relive.event.NoticeLevel}, {@link dev.relive.event.RevertReason}, and {@code failure.Phase},
 * {@code compile.Severity}, {@code output.Stream} from the packages that make them);
 * {@link dev.relive.event.EventJson} is the one encoder and the one place they get their wire names.
 * See runtime/README.md, Events.
 */
package dev.relive.event;
