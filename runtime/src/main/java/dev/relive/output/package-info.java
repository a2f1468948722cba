/**
 * Sketch output capture: {@code System.out} and {@code System.err} are routed by the generation tag of the
 * writing thread, so sketch output becomes events per generation and the engine's own output never mixes in.
 */
package dev.relive.output;
