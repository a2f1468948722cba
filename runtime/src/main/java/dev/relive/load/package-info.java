/**
 * Class loading for sketches: each generation gets a fresh, child-first {@link dev.relive.load.GenerationLoader}
 * whose parent shows only the JDK, the sketch API and the sketch's jars.
 */
package dev.relive.load;
