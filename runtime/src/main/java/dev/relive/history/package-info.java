/**
 * The history of a sketch: every generation, failed ones included, with the live pointer, the cap and purge.
 */
package dev.relive.history;
