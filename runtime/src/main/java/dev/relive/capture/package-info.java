/**
 * Sketch output capture: {@code System.out} and {@code System.err} are routed by the generation tag of the
 * writing thread, so sketch output becomes events per generation and the engine's own output never mixes in.
 * Internal to the engine: the module does not export it, so sketch code cannot tag threads or reach the real
 * standard streams.
 */
package dev.relive.capture;
