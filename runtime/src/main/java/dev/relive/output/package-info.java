/**
 * What sketch output is: the {@link dev.relive.output.Stream} a line was written to and the
 * {@link dev.relive.output.OutputSink} that receives it. The capture itself is internal ({@code dev.relive.capture}).
 */
package dev.relive.output;
