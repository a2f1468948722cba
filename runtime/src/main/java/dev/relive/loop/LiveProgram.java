package dev.relive.loop;

import dev.relive.api.Sketch;
import dev.relive.history.Generation;
import dev.relive.load.LoadedGeneration;
import dev.relive.capture.GenerationTag;

/**
 * The program that is live now: its generation, its loaded classes, and either the entry instance (loop
 * mode) or the thread running {@code main} (script mode). Owned by the runtime thread.
 *
 * @param generation the generation record
 * @param loaded     its classes in their loader
 * @param instance   the entry instance in loop mode, else null
 * @param script     the running main in script mode, else null
 * @param tag        the tag sketch code of this generation runs under
 */
record LiveProgram(Generation generation, LoadedGeneration loaded, Sketch instance, ScriptRun script, GenerationTag tag) {

    int number() {
        return generation.number();
    }
}
