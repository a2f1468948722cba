/**
 * Line diffs: an LCS-based diff of two texts ({@link dev.relive.app.diff.LineDiff}), a diff of two whole source
 * sets ({@link dev.relive.app.diff.SourceDiff}) and a read-only view that colours added and removed lines. The
 * history panel uses it to show what reverting to a generation would change.
 */
package dev.relive.app.diff;
