/**
 * Class loading for sketches: each generation gets a fresh, child-first {@link dev.relive.load.GenerationLoader}
 * whose parent shows only the JDK's modules, the sketch API and the sketch's jars. The engine's own classes stay out
 * of reach twice over: this parent refuses them, and the runtime module does not export or open its internals.
 */
package dev.relive.load;
