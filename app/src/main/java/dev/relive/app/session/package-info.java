/**
 * One open sketch and the choice of which one is open. A {@link dev.relive.app.session.SketchSession} joins the
 * engine bridge to the view-models of one sketch (documents, history, console, live status, checks, stage) and
 * carries the flows that span them: save then reload, and save-unsaved-edits then revert. The
 * {@link dev.relive.app.session.Workbench} opens sketches, remembers recent ones and closes the old session.
 */
package dev.relive.app.session;
