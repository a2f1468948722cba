/**
 * Checks on every reload: methods annotated {@link dev.relive.api.Check} run after each successful compile, in a
 * throwaway instance and before the swap, and can hold the swap when they fail.
 */
package dev.relive.check;
